package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemsift.io.TestData.dm;
import static org.stemsift.io.TestData.head;
import static org.stemsift.io.TestData.max;
import static org.stemsift.io.TestData.min;
import static org.stemsift.io.TestData.sum;

import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Calibration;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * Real DigitalMicrograph files against the reference values in the READMEs of the RosettaSciIO and ncempy test data
 * (upstream test assertions and an independent parser's values).
 */
class DmReaderReferenceTest {

	@Test
	void stemImageDm3() throws Exception {
		DmFile f = DmReader.read(dm("rosettasciio/2D/test_STEM_image.dm3"));
		assertEquals(3, f.version());
		assertEquals(ByteOrder.LITTLE_ENDIAN, f.byteOrder());
		assertEquals(2, f.images().size());

		DmImage thumb = f.images().get(0);
		assertTrue(thumb.isThumbnail());
		assertEquals(23, thumb.dataTypeCode());
		assertArrayEquals(new int[] { 128, 128 }, thumb.dimensions());
		assertEquals(0x121212, thumb.rgb()[0] & 0xffffff); // raw bytes 18, 18, 18, 0

		DmImage im = f.mainImage();
		assertEquals(1, im.index());
		assertEquals("test_STEM_image", im.name());
		assertEquals(11, im.dataTypeCode());
		assertEquals(DmDataType.UINT32, im.dataType());
		assertArrayEquals(new int[] { 68, 68 }, im.dimensions());
		assertEquals(new DmAxis(-207, 0.24853801727294922, "nm"), im.axis(0));
		assertEquals(new DmAxis(-171, 0.24853801727294922, "nm"), im.axis(1));
		assertArrayEquals(new float[] { 33121, 33489, 33638, 32719, 32452, 33380, 32220, 32300 }, head(im.values(), 8));
		assertEquals(150_998_555, sum(im.values()));
		assertEquals(29407, min(im.values()));
		assertEquals(36106, max(im.values()));

		// metadata: 200 kV, STEM, camera length 135, mag 225000, dwell 3.5 µs, FEI Titan, 2016-08-08 16:26:37
		assertEquals(200_000.0, f.tag("ImageList.1.ImageTags.Microscope Info.Voltage"));
		assertEquals(200_000.0, im.voltage().getAsDouble());
		assertEquals("200kV", im.tag("ImageTags.Microscope Info.Formatted Voltage"));
		assertEquals("SCANNING", im.tag("ImageTags.Microscope Info.Operation Mode"));
		assertEquals(135.0, im.tag("ImageTags.Microscope Info.STEM Camera Length"));
		assertEquals(225_000.0, im.tag("ImageTags.Microscope Info.Indicated Magnification"));
		assertEquals(3.5, im.tag("ImageTags.DigiScan.Sample Time")); // µs
		assertEquals("FEI Titan", im.imageTags().get("Session Info.Microscope"));
		assertEquals("8/8/2016", im.tag("ImageTags.DataBar.Acquisition Date"));
		assertEquals("4:26:37 PM", im.tag("ImageTags.DataBar.Acquisition Time"));
		assertFalse(im.isSpectral());

		Image2D img = ImageFiles.readImage(dm("rosettasciio/2D/test_STEM_image.dm3"));
		assertEquals(68, img.width());
		assertEquals(68, img.height());
		assertEquals("test_STEM_image", img.name());
		assertEquals(new Calibration(-207, -171, 0.24853801727294922, 0.24853801727294922, "nm"), img.calibration());
		assertEquals((0 + 207) * 0.24853801727294922, img.calibration().toPhysicalX(0), 1e-12);
		assertEquals(33121, img.get(0, 0));
		assertEquals(im.values()[68 + 3], img.get(3, 1));
	}

	@Test
	void eelsSpectrumImageDm4() throws Exception {
		DmFile f = DmReader.read(dm("rosettasciio/3D/EELS_SI.dm4"));
		assertEquals(4, f.version());
		DmImage si = f.mainImage();
		assertEquals(DmDataType.FLOAT32, si.dataType());
		assertArrayEquals(new int[] { 2, 2, 2048 }, si.dimensions());
		assertEquals(new DmAxis(0, 0.0019920736085623503, "µm"), si.axis(0));
		assertEquals(new DmAxis(0, 0.0019920736085623503, "µm"), si.axis(1));
		assertEquals(new DmAxis(-300, 1.0, "eV"), si.axis(2));
		assertEquals(300.0, si.axis(2).toPhysical(0));
		assertEquals(new DmAxis(0, 0.1285347044467926, "e-"), si.intensity());
		float[] v = si.values();
		assertArrayEquals(new float[] { 8473.006f, 7891.006f, 7923.006f, 8271.006f }, head(v, 4), 1e-3f);
		assertEquals(7.169069e6, sum(v), 1);
		// energy slowest: spectrum(x, y)[e] = raw[e * 4 + y * 2 + x]
		assertEquals(8126.40234375f, v[1 * 4 + 0 * 2 + 1]);
		assertEquals(-27.721435546875f, min(v));
		assertEquals(8634.40234375f, max(v));

		assertTrue(si.isSpectral());
		assertEquals("EELS", si.tag("ImageTags.Meta Data.Signal"));
		assertEquals("Spectrum image", si.tag("ImageTags.Meta Data.Format"));
		assertEquals(200_000.0, si.voltage().getAsDouble());
		assertEquals(21.0, si.tag("ImageTags.EELS.Experimental Conditions.Convergence semi-angle (mrad)"));
		assertEquals(62.0, si.tag("ImageTags.EELS.Experimental Conditions.Collection semi-angle (mrad)"));
		assertEquals("Spectrum Imaging_14/05/2019_20:50:13", si.tag("ImageTags.Meta Data.Experiment keywords.0.Experiment ID"));

		ImageReadException asImage = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(dm("rosettasciio/3D/EELS_SI.dm4")));
		assertTrue(asImage.getMessage().contains("spectrum image") && asImage.getMessage().contains("2 × 2 × 2048"), asImage.getMessage());
		ImageReadException asPatches = assertThrows(ImageReadException.class, () -> ImageFiles.readPatches(dm("rosettasciio/3D/EELS_SI.dm4")));
		assertTrue(asPatches.getMessage().contains("EELS") && asPatches.getMessage().contains("not a stack of images"), asPatches.getMessage());
	}

	@Test
	void multiSignalPicksTheLargestNonThumbnail() throws Exception {
		DmFile f = DmReader.read(dm("rosettasciio/2D/multi_signal.dm3"));
		assertEquals(3, f.images().size());
		DmImage haadf = f.mainImage();
		assertEquals("HAADF", haadf.name());
		assertEquals(DmDataType.UINT16, haadf.dataType());
		assertArrayEquals(new int[] { 512, 512 }, haadf.dimensions());
		assertEquals(949_490_255, sum(haadf.values()));
		assertArrayEquals(new float[] { 195, 25, 106, 281, 87, 278, 209, 55 }, head(haadf.values(), 8));
		assertEquals(0, min(haadf.values()));
		assertEquals(9739, max(haadf.values()));
		assertEquals(0.017751578241586685, haadf.axis(0).scale());
		assertEquals("nm", haadf.axis(0).units());
		assertEquals(300_000.0, haadf.voltage().getAsDouble());
		assertEquals(77.0, haadf.tag("ImageTags.Microscope Info.STEM Camera Length"));
		assertEquals(1e7, haadf.tag("ImageTags.Microscope Info.Indicated Magnification"));
		assertEquals(32.4, (Double) haadf.tag("ImageTags.DigiScan.Sample Time"), 1e-5); // 3.24e-5 s
		assertEquals("12/10/2019", haadf.tag("ImageTags.DataBar.Acquisition Date"));
		assertEquals("3:32:41 PM", haadf.tag("ImageTags.DataBar.Acquisition Time"));

		DmImage plot = f.images().get(2);
		assertEquals("Plot", plot.name());
		assertArrayEquals(new int[] { 512 }, plot.dimensions());
		assertEquals(28.085794, sum(plot.values()), 28.085794 * 0.01);
		assertEquals(0.04764660447835922f, plot.values()[0]);

		Image2D img = ImageFiles.readImage(dm("rosettasciio/2D/multi_signal.dm3"));
		assertEquals(512, img.width());
		assertEquals(0.017751578241586685, img.calibration().scaleX());
	}

	@Test
	void carbonSpectrumIsRefusedAsImage() throws Exception {
		DmFile f = DmReader.read(dm("ncempy/08_carbon.dm3"));
		DmImage thumb = f.images().get(0);
		assertTrue(thumb.isThumbnail());
		assertArrayEquals(new int[] { 384, 181 }, thumb.dimensions());
		assertEquals(0xffffff, thumb.rgb()[0] & 0xffffff);

		DmImage s = f.mainImage();
		assertEquals(DmDataType.FLOAT32, s.dataType());
		assertArrayEquals(new int[] { 2048, 1 }, s.dimensions());
		assertArrayEquals(new int[] { 2048 }, s.significantDimensions());
		assertEquals(-2400, s.axis(0).origin());
		assertEquals(0.10000000149011612, s.axis(0).scale());
		assertEquals("eV", s.axis(0).units());
		assertEquals(240.0, s.axis(0).toPhysical(0), 1e-4);
		assertEquals(444.7, s.axis(0).toPhysical(2047), 1e-4);
		assertEquals(new DmAxis(0, 0.10752688348293304, "e-"), s.intensity());
		assertArrayEquals(new float[] { 21281, 21206, 21333, 21365, 21257, 21148, 21210, 21135 }, head(s.values(), 8));
		assertEquals(35_798_239, sum(s.values()));
		assertEquals(8674, min(s.values()));
		assertEquals(33036, max(s.values()));
		assertEquals("EF-CCD", s.tag("ImageTags.DataBar.Device Name"));
		assertEquals(300_000.0, s.voltage().getAsDouble());
		assertTrue(s.isSpectral());

		ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(dm("ncempy/08_carbon.dm3")));
		assertTrue(e.getMessage().contains("1-D spectrum") && e.getMessage().contains("2048 × 1") && e.getMessage().contains("08_carbon.dm3"), e.getMessage());
	}

	@Test
	void ncempy3DStackBothVersions() throws Exception {
		for (String name : new String[] { "ncempy/dmTest_3D_int16_64,65,66.dm3", "ncempy/dmTest_3D_int16_64,65,66.dm4" }) {
			DmFile f = DmReader.read(dm(name));
			assertEquals(name.endsWith("4") ? 4 : 3, f.version());
			DmImage s = f.mainImage();
			assertEquals(DmDataType.INT16, s.dataType());
			assertEquals(1, s.dataTypeCode());
			assertArrayEquals(new int[] { 64, 65, 66 }, s.dimensions());
			assertEquals(new DmAxis(0, 2, "pm"), s.axis(0));
			assertEquals(new DmAxis(0, 3, "nm"), s.axis(1));
			assertEquals(new DmAxis(0, 4, "um"), s.axis(2));
			assertEquals(1.0, s.intensity().origin());
			assertEquals(1.100000023841858, s.intensity().scale());
			assertEquals("e", s.intensity().units());
			float[] v = s.values();
			assertEquals(0, v[0]);
			assertEquals(8_648_640, sum(v));
			for (int i = 0; i < v.length; i += 997) assertEquals(i % 64, v[i], name + " value " + i + " must equal its x index");

			PatchStack p = ImageFiles.readPatches(dm(name));
			assertEquals(66, p.count());
			assertEquals(64, p.width());
			assertEquals(65, p.height());
			assertEquals(17, p.patch(5).get(17, 40));

			ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(dm(name)));
			assertTrue(e.getMessage().contains("64 × 65 × 66") && e.getMessage().contains("patch stack"), e.getMessage());
		}
	}

	@Test
	void ncempyNonSquareWithDifferentUnitsBothVersions() throws Exception {
		for (String name : new String[] { "ncempy/dmTest_float32_nonSquare_diffPixelSize.dm3", "ncempy/dmTest_float32_nonSquare_diffPixelSize.dm4" }) {
			DmImage s = DmReader.read(dm(name)).mainImage();
			assertEquals(DmDataType.FLOAT32, s.dataType());
			assertArrayEquals(new int[] { 128, 64 }, s.dimensions());
			assertEquals(new DmAxis(0, 1, "nm"), s.axis(0));
			assertEquals(new DmAxis(0, 2, "A"), s.axis(1));
			assertEquals(520_192, sum(s.values()));

			Image2D img = ImageFiles.readImage(dm(name));
			assertEquals(128, img.width()); // NumPy shape (64, 128)
			assertEquals(64, img.height());
			assertEquals(127, img.get(127, 63));
			assertEquals("nm", img.calibration().unit());
			assertEquals(1.0, img.calibration().scaleX());
			assertEquals(0.2, img.calibration().scaleY(), 1e-15); // 2 Å = 0.2 nm
		}
	}

	@Test
	void packedComplexFftIsReportedNotDecoded() throws Exception {
		DmImage fft = DmReader.read(dm("rosettasciio/2D/test_fft_packed_complex8.dm4")).mainImage();
		assertEquals(27, fft.dataTypeCode());
		assertEquals(DmDataType.PACKED_COMPLEX, fft.dataType());
		assertTrue(fft.unsupportedReason().isPresent());
		assertThrows(IllegalStateException.class, fft::values);
		ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(dm("rosettasciio/2D/test_fft_packed_complex8.dm4")));
		assertTrue(e.getMessage().contains("packed-complex FFT"), e.getMessage());
	}
}
