package org.stemsift.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stemsift.distribution.SiteContents.SiteFile;
import org.stemsift.distribution.UpdateSiteRecord.Dependency;
import org.stemsift.distribution.UpdateSiteRecord.PreviousVersion;
import org.stemsift.distribution.UpdateSiteRecord.Version;
import org.stemsift.io.AtomicFiles;

/**
 * Writes an ImageJ update site into a folder, as the updater serves one: {@code db.xml.gz} plus every file stored as
 * {@code <path>-<timestamp>}. Run by the Maven profile {@code update-site} (see README, "Installing in Fiji"); not
 * part of any STEMsift command.
 * <p>
 * An existing site in the folder is updated the way the updater's upload does it: a file whose checksum did not
 * change keeps its timestamp (so users see no update), a changed one gets a new timestamp and its old version becomes
 * a {@code previous-version} (so an installed old copy counts as "update available", not "locally modified"), and a
 * file dropped from the site stays as a record without current version, which makes the updater uninstall it.
 */
public final class UpdateSiteWriter {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

	private final Path site;
	private final long timestamp;

	/** @param timestamp yyyyMMddHHmmss of this release, e.g. {@link #now()} */
	public UpdateSiteWriter(Path site, long timestamp) {
		this.site = site;
		this.timestamp = timestamp;
	}

	/** The current time as an updater timestamp (UTC). */
	public static long now() {
		return Long.parseLong(TIMESTAMP.format(ZonedDateTime.now(ZoneOffset.UTC)));
	}

	/**
	 * Publishes the files: the first one depends on every platform-independent other one (natives are installed by
	 * platform, not as dependencies). Returns the records written.
	 */
	public List<UpdateSiteRecord> write(List<SiteFile> files) throws IOException {
		Files.createDirectories(site);
		Path index = site.resolve(UpdateSiteIndex.FILE_NAME);
		Map<String, UpdateSiteRecord> before = new LinkedHashMap<>();
		if (Files.exists(index)) for (UpdateSiteRecord r : UpdateSiteIndex.read(index, false)) before.put(r.unversioned(), r);

		Map<String, Version> versions = new HashMap<>();
		Map<String, List<PreviousVersion>> histories = new HashMap<>();
		for (SiteFile file : files) {
			String key = UpdateSiteRecord.unversioned(file.path());
			if (versions.containsKey(key)) throw new IllegalArgumentException("Two site files are the same component " +
					"for the updater (" + key + "): " + file.path());
			Version version = new Version(timestamp, UpdaterChecksum.of(file.path(), file.source()),
					Files.size(file.source()));
			UpdateSiteRecord old = before.remove(key);
			if (unchanged(old, file.path(), version)) version = old.current();
			else store(file, version.timestamp());
			versions.put(key, version);
			histories.put(key, history(old, version));
		}

		List<UpdateSiteRecord> records = new ArrayList<>();
		for (SiteFile file : files) {
			String key = UpdateSiteRecord.unversioned(file.path());
			List<Dependency> dependencies = file == files.get(0) ? files.stream().skip(1)
					.filter(f -> f.platform() == null).map(f -> new Dependency(UpdateSiteRecord.unversioned(f.path()),
							versions.get(UpdateSiteRecord.unversioned(f.path())).timestamp())).toList() : List.of();
			records.add(new UpdateSiteRecord(file.path(), file.platform() == null ? List.of() : List.of(file.platform()),
					versions.get(key), file.description(), dependencies, histories.get(key)));
		}
		for (UpdateSiteRecord removed : before.values()) records.add(new UpdateSiteRecord(removed.filename(),
				removed.platforms(), null, removed.description(), List.of(), history(removed, null)));
		UpdateSiteIndex.write(index, records);
		return records;
	}

	private boolean unchanged(UpdateSiteRecord old, String path, Version version) {
		return old != null && old.current() != null && old.filename().equals(path) &&
				old.current().checksum().equals(version.checksum()) && Files.isRegularFile(site.resolve(old.storedName()));
	}

	/** The old record's previous versions, plus its current one when that is superseded by {@code now}. */
	private List<PreviousVersion> history(UpdateSiteRecord old, Version now) {
		if (old == null) return List.of();
		List<PreviousVersion> previous = new ArrayList<>(old.previous());
		Version was = old.current();
		if (was != null && (now == null || !was.checksum().equals(now.checksum())))
			previous.add(new PreviousVersion(old.filename(), was.timestamp(), timestamp, was.checksum()));
		return previous;
	}

	private void store(SiteFile file, long timestamp) throws IOException {
		Path target = site.resolve(file.path() + "-" + timestamp);
		Files.createDirectories(target.getParent());
		AtomicFiles.writeVia(target, tmp -> Files.copy(file.source(), tmp, StandardCopyOption.REPLACE_EXISTING));
	}

	/**
	 * {@code --out DIR --project-jar JAR --description TEXT --dependencies LIST --extra-natives DIR
	 * [--platforms linux64,win64,macos-arm64] [--timestamp yyyyMMddHHmmss]}; LIST is the output of
	 * {@code mvn dependency:list -DoutputAbsoluteArtifactFilename=true -DincludeScope=runtime}.
	 */
	public static void main(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i], args[i + 1]);
		Path out = Path.of(required(options, "--out"));
		List<String> platforms = options.containsKey("--platforms")
				? Arrays.asList(options.get("--platforms").split(",")) : SiteContents.PLATFORMS;
		long timestamp = options.containsKey("--timestamp") ? Long.parseLong(options.get("--timestamp")) : now();
		List<SiteFile> files = SiteContents.plan(Path.of(required(options, "--project-jar")),
				required(options, "--description"),
				SiteContents.parseDependencyList(Path.of(required(options, "--dependencies"))),
				Path.of(required(options, "--extra-natives")), platforms);
		List<UpdateSiteRecord> records = new UpdateSiteWriter(out, timestamp).write(files);
		long total = 0;
		for (UpdateSiteRecord r : records) {
			if (r.current() == null) {
				System.out.println("removed   " + r.filename());
				continue;
			}
			total += r.current().filesize();
			System.out.printf(Locale.ROOT, "%9.1f MB  %s%n", r.current().filesize() / 1e6, r.storedName());
		}
		System.out.printf(Locale.ROOT, "%9.1f MB  in %d files, index %s%n", total / 1e6, files.size(),
				out.resolve(UpdateSiteIndex.FILE_NAME));
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) throw new IllegalArgumentException("UpdateSiteWriter needs " + name + " (see its javadoc)");
		return value;
	}
}
