package org.stemsift.cli;

import java.util.concurrent.Callable;

import org.stemsift.bench.CvaeBenchmark;
import org.stemsift.model.CvaeArchitecture;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: numbers printed, nothing asserted.", subcommands = { BenchCommand.Cvae.class, org.stemsift.bench.PattersonBenchmark.class, org.stemsift.bench.ClusterBenchmark.class })
final class BenchCommand {

	@Command(name = "cvae", mixinStandardHelpOptions = true,
		description = { "CVAE training and inference patches/s, detection time on a large image, peak heap on a very large one.",
			"Run with STEMSIFT_JAVA_OPTS=-Xmx2g to check that detection fits a 2 GiB heap." })
	static final class Cvae implements Callable<Integer> {

		@Option(names = "--detect-size", defaultValue = "2048", description = "Side of the timed detection image (default: ${DEFAULT-VALUE})")
		int detectSize;

		@Option(names = "--stride", defaultValue = "16", description = "Stride of the timed detection (default: ${DEFAULT-VALUE})")
		int stride;

		@Option(names = "--memory-size", defaultValue = "4096", description = "Side of the image whose detection heap is measured (default: ${DEFAULT-VALUE})")
		int memorySize;

		@Option(names = "--channel-divisor", defaultValue = "1", description = "1 = the seed network (default), 4 = the small network")
		int channelDivisor;

		@Mixin
		EngineOptions engine;

		@Override
		public Integer call() {
			engine.apply();
			CvaeArchitecture arch = CvaeArchitecture.standard();
			if (channelDivisor > 1) arch = arch.slimmed(channelDivisor);
			System.out.print(CvaeBenchmark.run(arch, detectSize, stride, memorySize, engine.progress()).report());
			return 0;
		}
	}
}
