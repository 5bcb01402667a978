package org.stemsift.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.stemsift.distribution.UpdateSiteRecord.Dependency;
import org.stemsift.distribution.UpdateSiteRecord.PreviousVersion;
import org.stemsift.distribution.UpdateSiteRecord.Version;
import org.stemsift.io.AtomicFiles;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads and writes an update site's {@code db.xml.gz}: gzipped XML with root {@code pluginRecords}, carrying the
 * document type the ImageJ Updater's {@code XMLFileWriter} embeds, so that a validating parser can check it.
 */
public final class UpdateSiteIndex {

	public static final String FILE_NAME = "db.xml.gz";

	/** The internal DTD subset the updater writes before {@code <pluginRecords>} (imagej-updater 2.x). */
	static final String DOCTYPE = """
			<!DOCTYPE pluginRecords [
			<!ELEMENT pluginRecords ((update-site | disabled-update-site)*, plugin*)>
			<!ELEMENT update-site EMPTY>
			<!ELEMENT disabled-update-site EMPTY>
			<!ELEMENT plugin (platform*, category*, version?, previous-version*)>
			<!ELEMENT version (description?, dependency*, link*, author*)>
			<!ELEMENT previous-version EMPTY>
			<!ELEMENT description (#PCDATA)>
			<!ELEMENT dependency EMPTY>
			<!ELEMENT link (#PCDATA)>
			<!ELEMENT author (#PCDATA)>
			<!ELEMENT platform (#PCDATA)>
			<!ELEMENT category (#PCDATA)>
			<!ATTLIST update-site name CDATA #REQUIRED>
			<!ATTLIST update-site url CDATA #REQUIRED>
			<!ATTLIST update-site keep-url CDATA #IMPLIED>
			<!ATTLIST update-site official CDATA #IMPLIED>
			<!ATTLIST update-site ssh-host CDATA #IMPLIED>
			<!ATTLIST update-site upload-directory CDATA #IMPLIED>
			<!ATTLIST update-site description CDATA #IMPLIED>
			<!ATTLIST update-site maintainer CDATA #IMPLIED>
			<!ATTLIST update-site timestamp CDATA #REQUIRED>
			<!ATTLIST disabled-update-site name CDATA #REQUIRED>
			<!ATTLIST disabled-update-site url CDATA #REQUIRED>
			<!ATTLIST disabled-update-site keep-url CDATA #IMPLIED>
			<!ATTLIST disabled-update-site official CDATA #IMPLIED>
			<!ATTLIST disabled-update-site ssh-host CDATA #IMPLIED>
			<!ATTLIST disabled-update-site upload-directory CDATA #IMPLIED>
			<!ATTLIST disabled-update-site description CDATA #IMPLIED>
			<!ATTLIST disabled-update-site maintainer CDATA #IMPLIED>
			<!ATTLIST disabled-update-site timestamp CDATA #REQUIRED>
			<!ATTLIST plugin update-site CDATA #IMPLIED>
			<!ATTLIST plugin filename CDATA #REQUIRED>
			<!ATTLIST plugin executable CDATA #IMPLIED>
			<!ATTLIST dependency filename CDATA #REQUIRED>
			<!ATTLIST dependency timestamp CDATA #IMPLIED>
			<!ATTLIST dependency overrides CDATA #IMPLIED>
			<!ATTLIST version timestamp CDATA #REQUIRED>
			<!ATTLIST version checksum CDATA #REQUIRED>
			<!ATTLIST version filesize CDATA #REQUIRED>
			<!ATTLIST previous-version filename CDATA #IMPLIED>
			<!ATTLIST previous-version timestamp CDATA #REQUIRED>
			<!ATTLIST previous-version timestamp-obsolete CDATA #IMPLIED>
			<!ATTLIST previous-version checksum CDATA #REQUIRED>]>""";

	private UpdateSiteIndex() {}

	/** Writes the records, in order, as a gzipped index, atomically. */
	public static void write(Path dbXmlGz, List<UpdateSiteRecord> records) throws IOException {
		AtomicFiles.write(dbXmlGz, out -> {
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				writeXml(gzip, records);
			}
		});
	}

	private static void writeXml(OutputStream out, List<UpdateSiteRecord> records) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeDTD(DOCTYPE);
			xml.writeCharacters("\n");
			xml.writeStartElement("pluginRecords");
			for (UpdateSiteRecord record : records) writeRecord(xml, record);
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IOException("could not write the update site index: " + e.getMessage(), e);
		}
	}

	private static void writeRecord(XMLStreamWriter xml, UpdateSiteRecord record) throws XMLStreamException {
		indent(xml, 1);
		xml.writeStartElement("plugin");
		xml.writeAttribute("filename", record.filename());
		for (String platform : record.platforms()) textElement(xml, 2, "platform", platform);
		Version current = record.current();
		if (current != null) {
			indent(xml, 2);
			xml.writeStartElement("version");
			xml.writeAttribute("checksum", current.checksum());
			xml.writeAttribute("timestamp", Long.toString(current.timestamp()));
			xml.writeAttribute("filesize", Long.toString(current.filesize()));
			if (record.description() != null) textElement(xml, 3, "description", record.description());
			for (Dependency dependency : record.dependencies()) {
				indent(xml, 3);
				xml.writeEmptyElement("dependency");
				xml.writeAttribute("filename", dependency.filename());
				xml.writeAttribute("timestamp", Long.toString(dependency.timestamp()));
			}
			indent(xml, 2);
			xml.writeEndElement();
		}
		for (PreviousVersion previous : record.previous()) {
			indent(xml, 2);
			xml.writeEmptyElement("previous-version");
			xml.writeAttribute("timestamp", Long.toString(previous.timestamp()));
			xml.writeAttribute("timestamp-obsolete", Long.toString(previous.timestampObsolete()));
			xml.writeAttribute("checksum", previous.checksum());
			xml.writeAttribute("filename", previous.filename());
		}
		indent(xml, 1);
		xml.writeEndElement();
	}

	private static void textElement(XMLStreamWriter xml, int depth, String name, String text)
			throws XMLStreamException {
		indent(xml, depth);
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "    ".repeat(depth));
	}

	/**
	 * Reads an index. With {@code validate}, the document must be valid against its DTD (any validation error or
	 * warning throws), which is how the updater's own writer checks what it writes.
	 */
	public static List<UpdateSiteRecord> read(Path dbXmlGz, boolean validate) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(dbXmlGz))) {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setValidating(validate);
			factory.setNamespaceAware(true);
			RecordHandler handler = new RecordHandler();
			var reader = factory.newSAXParser().getXMLReader();
			reader.setContentHandler(handler);
			reader.setErrorHandler(handler);
			reader.parse(new InputSource(in));
			return handler.records;
		} catch (SAXException | ParserConfigurationException e) {
			throw new IOException(dbXmlGz + " is not a valid update site index: " + e.getMessage(), e);
		}
	}

	/** Collects records; treats every parser complaint as fatal. */
	private static final class RecordHandler extends DefaultHandler implements ErrorHandler {

		final List<UpdateSiteRecord> records = new ArrayList<>();
		private String filename, description;
		private Version current;
		private List<String> platforms;
		private List<Dependency> dependencies;
		private List<PreviousVersion> previous;
		private final StringBuilder text = new StringBuilder();

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) {
			text.setLength(0);
			switch (qName) {
				case "plugin" -> {
					filename = atts.getValue("filename");
					description = null;
					current = null;
					platforms = new ArrayList<>();
					dependencies = new ArrayList<>();
					previous = new ArrayList<>();
				}
				case "version" -> current = new Version(number(atts, "timestamp"), atts.getValue("checksum"),
						number(atts, "filesize"));
				case "dependency" -> dependencies.add(new Dependency(atts.getValue("filename"),
						number(atts, "timestamp")));
				case "previous-version" -> previous.add(new PreviousVersion(atts.getValue("filename"),
						number(atts, "timestamp"), number(atts, "timestamp-obsolete"), atts.getValue("checksum")));
				default -> { /* pluginRecords, description, platform: handled at their end */ }
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			text.append(ch, start, length);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (qName) {
				case "platform" -> platforms.add(text.toString().trim());
				case "description" -> description = text.toString();
				case "plugin" -> records.add(new UpdateSiteRecord(filename, platforms, current, description,
						dependencies, previous));
				default -> { /* nothing to collect */ }
			}
		}

		private static long number(Attributes atts, String name) {
			String value = atts.getValue(name);
			return value == null ? 0 : Long.parseLong(value);
		}

		@Override
		public void warning(SAXParseException e) throws SAXException {
			throw e;
		}

		@Override
		public void error(SAXParseException e) throws SAXException {
			throw e;
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	}
}
