package org.stemsift.distribution;

import java.util.List;

import org.scijava.util.FileUtils;

/**
 * One {@code plugin} record of an update site's {@code db.xml.gz}: a file the ImageJ Updater installs at
 * {@code filename} (relative to the Fiji folder, versioned, e.g. {@code jars/foo-1.0.jar}), downloaded from
 * {@code <site>/<filename>-<timestamp>}.
 *
 * @param filename the installed path, with its version
 * @param platforms the updater platforms the file is for ({@code linux64}, {@code win64}, ...); empty means all
 * @param current the version to install, or {@code null} for a file removed from the site (the updater then
 *          uninstalls it)
 * @param description shown by the updater; may be {@code null}
 * @param dependencies files the updater installs along with this one
 * @param previous earlier versions, so that an installed old copy counts as "update available", not as "locally
 *          modified"
 */
public record UpdateSiteRecord(String filename, List<String> platforms, Version current, String description,
		List<Dependency> dependencies, List<PreviousVersion> previous) {

	/** @param timestamp yyyyMMddHHmmss; also the suffix of the stored file */
	public record Version(long timestamp, String checksum, long filesize) {}

	/** @param filename unversioned, as the updater keys files (see {@link #unversioned(String)}) */
	public record Dependency(String filename, long timestamp) {}

	/** @param timestampObsolete when this version stopped being current */
	public record PreviousVersion(String filename, long timestamp, long timestampObsolete, String checksum) {}

	public UpdateSiteRecord {
		platforms = List.copyOf(platforms);
		dependencies = List.copyOf(dependencies);
		previous = List.copyOf(previous);
	}

	/** Where the site stores the current version: {@code <filename>-<timestamp>}. */
	public String storedName() {
		if (current == null) throw new IllegalStateException(filename + " has no current version on the site");
		return filename + "-" + current.timestamp();
	}

	/** The file name without its version, the key under which the updater identifies a file across versions. */
	public static String unversioned(String filename) {
		return FileUtils.stripFilenameVersion(filename);
	}

	public String unversioned() {
		return unversioned(filename);
	}
}
