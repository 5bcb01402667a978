package org.stemsift.service;

import java.io.File;
import java.io.IOException;

import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.DeepLearningEngine;
import org.stemsift.model.ModelDescription;
import org.stemsift.model.ModelFiles;

/** {@link ModelService} over DJL's PyTorch engine, offline, with the CPU natives STEMsift ships. */
@Plugin(type = Service.class)
public class DefaultModelService extends AbstractService implements ModelService {

	@Override
	public CvaeModel loadCvae(File file) throws IOException {
		return ModelFiles.loadCvae(file.toPath());
	}

	@Override
	public void save(CvaeModel model, File file) throws IOException {
		ModelFiles.save(model, file.toPath());
	}

	@Override
	public ModelDescription describe(File file) throws IOException {
		return ModelFiles.readDescription(file.toPath());
	}

	@Override
	public void setThreads(int threads) {
		DeepLearningEngine.setThreads(threads);
	}

	@Override
	public void setForceCpu(boolean cpu) {
		DeepLearningEngine.setForceCpu(cpu);
	}

	@Override
	public boolean isGpuAvailable() {
		return DeepLearningEngine.engine().getGpuCount() > 0;
	}

	@Override
	public String engineDescription() {
		return DeepLearningEngine.describe();
	}
}
