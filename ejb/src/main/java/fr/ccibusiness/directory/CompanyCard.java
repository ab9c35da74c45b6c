package fr.ccibusiness.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a result shows of a company, kept in the index as one binary doc value: read by document
 * number, straight from the memory-mapped file. Stored fields would do, but Lucene compresses them
 * by blocks of documents, and reading one result would decompress its whole block.
 */
record CompanyCard(long id, String name, String nafCode, String nafLabel, String commune, String postalCode, String activity,
                   List<Long> communities) {

    /** The doc values field holding the cards. */
    static final String FIELD = "card";

    static CompanyCard of(CompanyRecord company) {
        return new CompanyCard(company.id(), company.legalName(), company.nafCode(), company.nafLabel(), company.commune(),
                company.postalCode(), company.activity(), company.communities());
    }

    BytesRef encoded() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVLong(id);
            for (String text : new String[] {name, nafCode, nafLabel, commune, postalCode}) {
                out.writeString(text);
            }
            out.writeString(activity == null ? "" : activity);
            out.writeVInt(communities.size());
            for (long community : communities) {
                out.writeVLong(community);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Written in memory", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The card of a document of {@code reader}. */
    static CompanyCard read(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues cards = leaf.reader().getBinaryDocValues(FIELD);
        if (cards == null || !cards.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("A company without its card: document " + doc);
        }
        BytesRef bytes = cards.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        long id = in.readVLong();
        String name = in.readString();
        String nafCode = in.readString();
        String nafLabel = in.readString();
        String commune = in.readString();
        String postalCode = in.readString();
        String activity = in.readString();
        int count = in.readVInt();
        List<Long> communities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            communities.add(in.readVLong());
        }
        return new CompanyCard(id, name, nafCode, nafLabel, commune, postalCode, activity.isEmpty() ? null : activity, communities);
    }

    /** The text of a field the highlighter marks: the name or the activity. */
    String text(String field) {
        return CompanyDocuments.NAME.equals(field) ? name : activity;
    }
}
