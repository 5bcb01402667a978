package org.stemsift.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Random-access reading of a binary file in which every read is checked against the file length first. Damaged or
 * truncated files therefore end in an {@link ImageReadException} that says where the file ends ("file ends inside tag
 * 'Data'") instead of an {@code ArrayIndexOutOfBoundsException}, and bulk arrays are checked against the file length
 * and the free memory before they are allocated, so a corrupt size field cannot cause an {@link OutOfMemoryError}.
 */
final class FileInput implements Closeable {

	/** Largest array the JVM reliably allocates. */
	static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

	private static final int WINDOW = 1 << 16;
	private static final int CHUNK = 1 << 20;

	private final Path file;
	private final FileChannel channel;
	private final long length;
	private final String remedy;
	private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
	private long windowStart;
	private long pos;
	private String where = "the file header";

	/** @param remedy what the user should do with a truncated file, e.g. "re-export it from DigitalMicrograph" */
	FileInput(Path file, String remedy) throws IOException {
		this.file = file;
		this.remedy = remedy;
		try {
			this.channel = FileChannel.open(file, StandardOpenOption.READ);
		} catch (NoSuchFileException e) {
			throw new ImageReadException(file, "the file does not exist; check the path", e);
		} catch (AccessDeniedException e) {
			throw new ImageReadException(file, "the file is not readable; check its permissions", e);
		}
		this.length = channel.size();
		window.limit(0);
	}

	Path file() { return file; }

	long length() { return length; }

	long position() { return pos; }

	long remaining() { return length - pos; }

	/** Names the part being read, for messages: "tag 'Data'", "the NPY header". */
	void where(String part) { this.where = part; }

	String where() { return where; }

	void seek(long position) throws ImageReadException {
		if (position < 0 || position > length) throw truncated();
		pos = position;
	}

	void skip(long n) throws ImageReadException {
		require(n);
		pos += n;
	}

	/** Throws unless {@code n} more bytes exist after the current position. */
	void require(long n) throws ImageReadException {
		if (n < 0 || n > length - pos) throw truncated();
	}

	ImageReadException truncated() {
		return new ImageReadException(file, "file ends inside " + where + " — the file is truncated; " + remedy);
	}

	/** A structural problem at the current position. */
	ImageReadException damaged(String problem) {
		return new ImageReadException(file, problem + " (in " + where + " at byte " + pos + ") — the file is damaged; " + remedy);
	}

	int u8() throws IOException { return take(1, ByteOrder.BIG_ENDIAN).get() & 0xff; }

	short i16(ByteOrder order) throws IOException { return take(2, order).getShort(); }

	int i32(ByteOrder order) throws IOException { return take(4, order).getInt(); }

	long u32(ByteOrder order) throws IOException { return take(4, order).getInt() & 0xffffffffL; }

	long i64(ByteOrder order) throws IOException { return take(8, order).getLong(); }

	float f32(ByteOrder order) throws IOException { return take(4, order).getFloat(); }

	double f64(ByteOrder order) throws IOException { return take(8, order).getDouble(); }

	byte[] bytes(int n) throws IOException {
		require(n);
		byte[] out = new byte[n];
		int done = 0;
		while (done < n) {
			int step = Math.min(WINDOW, n - done);
			take(step, ByteOrder.BIG_ENDIAN).get(out, done, step);
			done += step;
		}
		return out;
	}

	private ByteBuffer take(int n, ByteOrder order) throws IOException {
		require(n);
		if (pos < windowStart || pos + n > windowStart + window.limit()) refill(pos);
		ByteBuffer b = window.duplicate().order(order);
		b.position((int) (pos - windowStart));
		pos += n;
		return b;
	}

	private void refill(long at) throws IOException {
		window.clear();
		window.limit((int) Math.min(WINDOW, length - at));
		readFully(window, at);
		window.flip();
		windowStart = at;
	}

	private void readFully(ByteBuffer buffer, long at) throws IOException {
		long p = at;
		while (buffer.hasRemaining()) {
			int n = channel.read(buffer, p);
			if (n < 0) throw truncated();
			p += n;
		}
	}

	/**
	 * Reads {@code count} elements of {@code type} starting at byte {@code offset} into a new float array, after
	 * checking that the file holds them and that the memory for them is free.
	 */
	float[] floats(long offset, long count, SampleType type, ByteOrder order) throws IOException {
		checkBulk(offset, count, type.bytes(), Float.BYTES);
		float[] out = new float[(int) count];
		int perChunk = CHUNK / type.bytes();
		ByteBuffer buf = ByteBuffer.allocate(perChunk * type.bytes()).order(order);
		for (long done = 0; done < count; done += perChunk) {
			int n = (int) Math.min(perChunk, count - done);
			buf.clear().limit(n * type.bytes());
			readFully(buf, offset + done * type.bytes());
			buf.flip();
			type.decode(buf, out, (int) done, n);
		}
		return out;
	}

	/** Reads {@code count} 32-bit integers at {@code offset}, checked like {@link #floats}. */
	int[] ints(long offset, long count, ByteOrder order) throws IOException {
		checkBulk(offset, count, Integer.BYTES, Integer.BYTES);
		int[] out = new int[(int) count];
		int perChunk = CHUNK / Integer.BYTES;
		ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(order);
		for (long done = 0; done < count; done += perChunk) {
			int n = (int) Math.min(perChunk, count - done);
			buf.clear().limit(n * Integer.BYTES);
			readFully(buf, offset + done * Integer.BYTES);
			buf.flip();
			buf.asIntBuffer().get(out, (int) done, n);
		}
		return out;
	}

	private void checkBulk(long offset, long count, int bytesInFile, int bytesInMemory) throws ImageReadException {
		if (count < 0 || offset < 0 || offset > length || count > (length - offset) / bytesInFile)
			throw new ImageReadException(file, where + " needs " + count + " values of " + bytesInFile + " bytes from byte " + offset
				+ " but the file has only " + Math.max(0, length - offset) + " bytes left — the file is truncated; " + remedy);
		checkMemory(file, count, bytesInMemory);
	}

	/** Refuses arrays that Java cannot hold or that do not fit in the free memory, with advice. */
	static void checkMemory(Path file, long count, int bytesPerValue) throws ImageReadException {
		if (count > MAX_ARRAY)
			throw new ImageReadException(file, "it holds " + count + " values, more than one Java array can hold (2^31); crop or bin the data first");
		long need = count * bytesPerValue;
		if (need > freeMemory()) {
			System.gc();
			long free = freeMemory();
			if (need > free)
				throw new ImageReadException(file, "it needs " + need / (1 << 20) + " MB of memory but only " + free / (1 << 20)
					+ " MB are free; give Java more memory (Fiji: Edit > Options > Memory & Threads; command line: -Xmx)");
		}
	}

	private static long freeMemory() {
		Runtime rt = Runtime.getRuntime();
		return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
