package org.stemsift.distribution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The SHA-1 checksum the ImageJ Updater records for a file (imagej-updater's {@code Checksummer}), reimplemented from
 * its documented rules so the site's {@code db.xml.gz} matches what the updater computes for the installed file; a
 * mismatch would show the file as "locally modified" and block its updates.
 * <p>
 * A jar is not hashed as raw bytes, so that rebuilding it with new zip timestamps does not look like a change: the
 * digest runs over its entries sorted by name ({@link String#compareTo}), each contributing its name (as ASCII,
 * unmappable characters as {@code ?}) followed by its uncompressed content, where
 * <ul>
 * <li>{@code META-INF/MANIFEST.MF} contributes no content: the updater's manifest filter keeps only lines whose
 * upper-cased form starts with the mixed-case {@code "Main-Class:"}, which no line can;</li>
 * <li>every {@code *.properties} entry has its comment lines removed as described in
 * {@link #stripHashedLines(byte[])} (Maven writes the build date into {@code pom.properties} as a comment).</li>
 * </ul>
 * Any other file is hashed as its path (ASCII) followed by its bytes.
 */
public final class UpdaterChecksum {

	static final String MANIFEST = "META-INF/MANIFEST.MF";

	private UpdaterChecksum() {}

	/** The checksum of {@code file} installed at {@code sitePath} (e.g. {@code jars/foo-1.0.jar}). */
	public static String of(String sitePath, Path file) throws IOException {
		if (sitePath.endsWith(".jar")) return ofJar(file);
		MessageDigest sha1 = sha1();
		sha1.update(sitePath.getBytes(StandardCharsets.US_ASCII));
		sha1.update(Files.readAllBytes(file));
		return HexFormat.of().formatHex(sha1.digest());
	}

	/** The checksum of a jar, over its entries (see the class comment). */
	public static String ofJar(Path jar) throws IOException {
		MessageDigest sha1 = sha1();
		try (JarFile jarFile = new JarFile(jar.toFile())) {
			List<JarEntry> entries = new ArrayList<>(Collections.list(jarFile.entries()));
			entries.sort(Comparator.comparing(JarEntry::getName));
			for (JarEntry entry : entries) {
				String name = entry.getName();
				sha1.update(name.getBytes(StandardCharsets.US_ASCII));
				if (name.equals(MANIFEST)) continue;
				try (InputStream in = jarFile.getInputStream(entry)) {
					if (name.endsWith(".properties")) sha1.update(stripHashedLines(in.readAllBytes()));
					else digest(in, sha1);
				}
			}
		}
		return HexFormat.of().formatHex(sha1.digest());
	}

	/**
	 * A {@code .properties} entry as the updater hashes it: a line starting with {@code #} loses its text, keeping
	 * only its line feed. Faithful to the updater's byte filter, including its quirks: a line is "at line start" only
	 * after a line feed that ended a non-empty line, so after an empty line (or a lone {@code #} line) the next line
	 * is kept even if it starts with {@code #}; several leading {@code #} count as one.
	 */
	static byte[] stripHashedLines(byte[] in) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		boolean atLineStart = true;
		int i = 0;
		while (i < in.length) {
			byte b = in[i++];
			if (!atLineStart) {
				out.write(b);
				atLineStart = b == '\n';
			} else if (b != '#') {
				out.write(b);
				atLineStart = false;
			} else {
				while (i < in.length && in[i] == '#') i++;
				if (i == in.length) break;
				if (in[i] == '\n') {
					out.write('\n');
					i++;
					atLineStart = false;
					continue;
				}
				while (i < in.length && in[i] != '\n') i++;
				if (i == in.length) break;
				out.write('\n');
				i++;
				atLineStart = true;
			}
		}
		return out.toByteArray();
	}

	private static void digest(InputStream in, MessageDigest sha1) throws IOException {
		byte[] buffer = new byte[1 << 16];
		for (int n; (n = in.read(buffer)) >= 0;) sha1.update(buffer, 0, n);
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java has no SHA-1", e);
		}
	}
}
