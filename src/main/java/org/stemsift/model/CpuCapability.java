package org.stemsift.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which vector instructions PyTorch's CPU kernels run with here, decided as libtorch decides it: the
 * {@code ATEN_CPU_CAPABILITY} variable when set, else the best of AVX-512 (F, BW, VL, DQ), AVX2 (with FMA) and the
 * plain build that the processor supports. oneDNN, which runs the convolutions, picks its kernels by the same flags
 * ({@code ONEDNN_MAX_CPU_ISA} caps it). Read from /proc/cpuinfo on Linux; elsewhere only the architecture is known.
 */
public final class CpuCapability {

	private static volatile String cached;

	private CpuCapability() {}

	/** E.g. "AVX512 (AMD EPYC, x86-64)" or "AVX2 (ATEN_CPU_CAPABILITY=avx2; Intel Xeon …)". */
	public static String describe() {
		String c = cached;
		if (c == null) cached = c = compute(System.getenv("ATEN_CPU_CAPABILITY"), System.getenv("ONEDNN_MAX_CPU_ISA"), cpuInfo(), System.getProperty("os.arch"));
		return c;
	}

	static String compute(String atenOverride, String onednnCap, List<String> cpuinfo, String arch) {
		String model = null;
		Set<String> flags = new HashSet<>();
		for (String line : cpuinfo) {
			if (model == null && line.startsWith("model name")) model = line.substring(line.indexOf(':') + 1).trim();
			if (flags.isEmpty() && line.startsWith("flags")) flags.addAll(Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
		}
		String detected = flags.isEmpty() ? "unknown"
			: flags.containsAll(List.of("avx512f", "avx512bw", "avx512vl", "avx512dq")) ? "AVX512"
			: flags.containsAll(List.of("avx2", "fma")) ? "AVX2" : "DEFAULT";
		StringBuilder s = new StringBuilder(atenOverride == null || atenOverride.isBlank() ? detected : atenOverride.toUpperCase(Locale.ROOT));
		s.append(" (");
		if (atenOverride != null && !atenOverride.isBlank()) s.append("ATEN_CPU_CAPABILITY=").append(atenOverride).append(", processor supports ").append(detected).append("; ");
		if (onednnCap != null && !onednnCap.isBlank()) s.append("ONEDNN_MAX_CPU_ISA=").append(onednnCap).append("; ");
		if (model != null) s.append(model).append(", ");
		s.append(arch).append(')');
		return s.toString();
	}

	private static List<String> cpuInfo() {
		try {
			Path p = Path.of("/proc/cpuinfo");
			return Files.isReadable(p) ? Files.readAllLines(p) : List.of();
		}
		catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
