package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

	@TempDir
	Path dir;

	@Test
	void quotesOnlyWhatNeedsQuoting() {
		CsvTable t = new CsvTable("name", "score", "note");
		t.addRow("p1.png", 0.5, null);
		t.addRow("a,b", 1.0E-5, "say \"hi\"");
		t.addRow(" padded", Double.NaN, "two\nlines");
		t.addRow("plain", 42, true);
		assertEquals("name,score,note\n" + "p1.png,0.5,\n" + "\"a,b\",1.0E-5,\"say \"\"hi\"\"\"\n" + "\" padded\",NaN,\"two\nlines\"\n" + "plain,42,true\n", t.toCsv());
	}

	@Test
	void writesAtomicallyAndReadsBack() throws IOException {
		CsvTable t = new CsvTable(List.of("x", "y", "label"));
		t.addRow(1, 2.5f, "defect, type A");
		t.addRow(-3, 0, "é\r\nü");
		Path f = dir.resolve("out/table.csv");
		t.write(f);
		CsvTable back = CsvTable.read(f);
		assertEquals(t.header(), back.header());
		assertEquals(t.rows(), back.rows());
		assertEquals("defect, type A", back.get(0, "label"));
		assertEquals("2.5", back.get(0, "y"));
		assertEquals(2, back.rowCount());
	}

	@Test
	void parsesCrlfAndRefusesRaggedRows() {
		CsvTable t = CsvTable.parse("a,b\r\n1,2\r\n\"3\",\"\"\r\n");
		assertEquals(List.of(List.of("1", "2"), List.of("3", "")), t.rows());
		assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a,b\n1\n"));
		assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a\n\"open"));
		assertThrows(IllegalArgumentException.class, () -> new CsvTable("a", "b").addRow(1));
		assertThrows(IllegalArgumentException.class, () -> t.get(0, "c"));
	}

	@Test
	void unreadableTableNamesTheFile() throws IOException {
		Path f = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2,3\n");
		IOException e = assertThrows(IOException.class, () -> CsvTable.read(f));
		assertEquals(true, e.getMessage().contains("bad.csv") && e.getMessage().contains("line 2"), e.getMessage());
	}
}
