package org.stemsift.service;

import java.io.File;
import java.io.IOException;

import org.scijava.service.SciJavaService;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelDescription;

/**
 * STEMsift's deep-learning runtime inside a SciJava context: loads and saves model files and configures the PyTorch
 * engine (threads, CPU or GPU). Scripts get it with {@code #@ ModelService models}.
 */
public interface ModelService extends SciJavaService {

	/** Loads a CVAE model file, refusing corrupt files and files of another kind with a message saying why. */
	CvaeModel loadCvae(File file) throws IOException;

	/** Saves atomically (temporary file, then rename). */
	void save(CvaeModel model, File file) throws IOException;

	/** Reads a model file's description without building the network. */
	ModelDescription describe(File file) throws IOException;

	/** CPU threads for PyTorch (0 = all cores); takes effect from the next model operation on. */
	void setThreads(int threads);

	/** Forces the CPU even when a GPU is present. */
	void setForceCpu(boolean cpu);

	boolean isGpuAvailable();

	/** Engine, version, device, threads and CPU capability, for logs and reports. */
	String engineDescription();
}
