package org.stemsift.fiji;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.Menus;
import ij.WindowManager;
import ij.plugin.PlugIn;

import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleItem;

/**
 * A test-only stand-in for imagej-legacy, which is not on this class path: it puts STEMsift's SciJava commands into
 * ImageJ 1's command table under their menu labels, so that {@code run("Detect Anomalies (CVAE)...", "model=[...]")}
 * in a macro runs them, as imagej-legacy's IJ1Helper.addMenuItems does (command name = the menu path's leaf label).
 * Inputs are filled the way imagej-legacy's MacroPreprocessor fills them (for every input with a value
 * {@code Macro.getValue(options, name, null)}, converted with the ConvertService when it supports the conversion) and
 * the ImagePlus input gets the current image, as its ActiveImagePlusPreprocessor does.
 */
public class MacroBridge implements PlugIn {

	static Context context;
	/** The last failure of a bridged command, for tests to assert on (IJ1 would only log it). */
	static volatile Throwable lastFailure;

	/** Registers every given command under the leaf of its menu path. */
	@SafeVarargs
	static void install(Context ctx, Class<? extends Command>... commands) {
		context = ctx;
		Hashtable<String, String> table = commandTable();
		for (Class<? extends Command> c : commands) {
			CommandInfo info = ctx.service(CommandService.class).getCommand(c);
			table.put(info.getMenuPath().getLeaf().getName(), MacroBridge.class.getName() + "(\"" + c.getName() + "\")");
		}
	}

	/**
	 * ImageJ 1's command table. Headless, ImageJ 1 cannot build its menus (it needs AWT; imagej-legacy patches that), so
	 * a table of ImageJ 1's own menu commands (from IJ_Props.txt) is put in place.
	 */
	@SuppressWarnings("unchecked")
	private static synchronized Hashtable<String, String> commandTable() {
		if (Menus.getCommands() == null) {
			try {
				java.lang.reflect.Field f = Menus.class.getDeclaredField("pluginsTable");
				f.setAccessible(true);
				Hashtable<String, String> table = new Hashtable<>();
				// ImageJ 1's own menu commands (e.g. "Results..." for saveAs("Results", path)), as its menus would register them
				try (java.io.InputStream in = IJ.class.getResourceAsStream("/IJ_Props.txt")) {
					java.util.regex.Pattern entry = java.util.regex.Pattern.compile("^\\w+=\"([^\"]+)\",(.+)$");
					for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).split("\\R")) {
						java.util.regex.Matcher m = entry.matcher(line);
						if (m.matches()) table.put(m.group(1), m.group(2).strip());
					}
				}
				f.set(null, table);
			}
			catch (ReflectiveOperationException | java.io.IOException e) {
				throw new IllegalStateException("cannot set up ImageJ 1's command table", e);
			}
		}
		return Menus.getCommands();
	}

	@Override
	public void run(String className) {
		lastFailure = null;
		try {
			@SuppressWarnings("unchecked")
			Class<? extends Command> type = (Class<? extends Command>) Class.forName(className);
			CommandService commands = context.service(CommandService.class);
			ConvertService convert = context.service(ConvertService.class);
			CommandInfo info = commands.getCommand(type);
			String options = Macro.getOptions();
			Map<String, Object> inputs = new HashMap<>();
			for (ModuleItem<?> input : info.inputs()) {
				String name = input.getName();
				if (input.getType() == ImagePlus.class) {
					ImagePlus current = WindowManager.getCurrentImage();
					if (current != null) inputs.put(name, current);
					continue;
				}
				if (options == null) continue;
				String value = Macro.getValue(options, name, null);
				if (value == null) continue; // no macro parameter value provided
				if (!convert.supports(value, input.getType())) continue;
				inputs.put(name, convert.convert(value, input.getType()));
			}
			// ModuleService, not CommandService: the latter returns no module for a DynamicCommand (Patterson One-Class SVM)
			org.scijava.module.Module module = context.service(org.scijava.module.ModuleService.class).run(info, true, inputs).get();
			if (module instanceof org.scijava.Cancelable c && c.isCanceled()) {
				lastFailure = new IllegalStateException("cancelled: " + c.getCancelReason());
				IJ.log("Command cancelled: " + c.getCancelReason());
			}
		}
		catch (ExecutionException e) {
			lastFailure = e.getCause();
			IJ.log("Command failed: " + e.getCause());
		}
		catch (Exception e) {
			lastFailure = e;
			IJ.log("Command failed: " + e);
		}
	}
}
