package org.stemsift.patterson;

/**
 * An image resampled in a frame rotated by {@code angle} about the image centre, on a canvas large enough to hold all
 * of it, with a mask of the canvas pixels that fall inside the original image. Frame coordinates (x', y') relate to
 * image coordinates by {@code x = cx + x' cos θ - y' sin θ}, {@code y = cy + x' sin θ + y' cos θ}, with the canvas
 * origin at its own centre. Rotating by the angle of a reflection g turns its fringes parallel to the y' axis.
 */
final class RotatedFrame {

	final int width, height;
	private final double cos, sin, imageCx, imageCy, canvasCx, canvasCy;
	private final int imageWidth, imageHeight;

	RotatedFrame(int imageWidth, int imageHeight, double angle) {
		this.imageWidth = imageWidth;
		this.imageHeight = imageHeight;
		this.cos = Math.cos(angle);
		this.sin = Math.sin(angle);
		this.width = (int) Math.ceil(Math.abs(imageWidth * cos) + Math.abs(imageHeight * sin));
		this.height = (int) Math.ceil(Math.abs(imageWidth * sin) + Math.abs(imageHeight * cos));
		this.imageCx = (imageWidth - 1) / 2.0;
		this.imageCy = (imageHeight - 1) / 2.0;
		this.canvasCx = (width - 1) / 2.0;
		this.canvasCy = (height - 1) / 2.0;
	}

	/** Image x of canvas pixel (cx, cy). */
	double imageX(double cx, double cy) { return imageCx + (cx - canvasCx) * cos - (cy - canvasCy) * sin; }

	double imageY(double cx, double cy) { return imageCy + (cx - canvasCx) * sin + (cy - canvasCy) * cos; }

	/** Canvas x of image point (x, y). */
	double canvasX(double x, double y) { return canvasCx + (x - imageCx) * cos + (y - imageCy) * sin; }

	double canvasY(double x, double y) { return canvasCy - (x - imageCx) * sin + (y - imageCy) * cos; }

	/** Canvas pixels whose source lies inside the image (bilinear interpolation needs its four neighbours). */
	boolean[] validMask() {
		boolean[] valid = new boolean[width * height];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				double sx = imageX(x, y), sy = imageY(x, y);
				valid[y * width + x] = sx >= 0 && sy >= 0 && sx <= imageWidth - 1 && sy <= imageHeight - 1;
			}
		return valid;
	}

	/** The image resampled on the canvas (bilinear; 0 outside). */
	float[] resample(float[] pixels) {
		float[] out = new float[width * height];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				double sx = imageX(x, y), sy = imageY(x, y);
				if (sx < 0 || sy < 0 || sx > imageWidth - 1 || sy > imageHeight - 1) continue;
				int x0 = Math.min(imageWidth - 2, (int) sx), y0 = Math.min(imageHeight - 2, (int) sy);
				double tx = sx - x0, ty = sy - y0;
				int i = y0 * imageWidth + x0;
				double top = pixels[i] * (1 - tx) + pixels[i + 1] * tx;
				double bottom = pixels[i + imageWidth] * (1 - tx) + pixels[i + imageWidth + 1] * tx;
				out[y * width + x] = (float) (top * (1 - ty) + bottom * ty);
			}
		return out;
	}
}
