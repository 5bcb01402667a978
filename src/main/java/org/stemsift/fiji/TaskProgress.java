package org.stemsift.fiji;

import org.scijava.app.StatusService;
import org.scijava.log.LogService;
import org.scijava.task.Task;
import org.scijava.task.TaskService;
import org.stemsift.progress.Progress;

/**
 * Adapts core {@link Progress} to SciJava: a {@link Task} (listed, with its cancel button, in Fiji's task manager),
 * the status bar and progress bar through {@link StatusService}, and log lines through {@link LogService}. The work
 * stops at its next check once the task is cancelled or the command's thread is interrupted.
 */
final class TaskProgress implements Progress, AutoCloseable {

	private final Task task;
	private final StatusService status;
	private final LogService log;

	TaskProgress(TaskService tasks, StatusService status, LogService log, String name) {
		this.task = tasks == null ? null : tasks.createTask(name);
		this.status = status;
		this.log = log;
		if (task != null) task.start();
	}

	@Override
	public void update(String message, long done, long total) {
		if (task != null) {
			task.setProgressMaximum(total);
			task.setProgressValue(done);
			task.setStatusMessage(message);
		}
		if (status != null) {
			// StatusService takes ints; scale large totals down.
			int scale = (int) Math.max(1, total / Integer.MAX_VALUE + 1);
			status.showStatus((int) (done / scale), (int) (total / scale), message);
		}
	}

	@Override
	public void log(String message) {
		if (log != null) log.info(message);
	}

	@Override
	public boolean isCancelled() {
		return Thread.currentThread().isInterrupted() || task != null && task.isCanceled();
	}

	@Override
	public void close() {
		if (task != null) task.finish();
		if (status != null) status.clearStatus();
	}
}
