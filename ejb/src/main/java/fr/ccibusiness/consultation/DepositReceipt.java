package fr.ccibusiness.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a deposit's receipt states: the company, the consultation, the instant (to the second) its
 * upload finished, whether it was late or has been replaced since, and each file with its size and
 * SHA-256; once awarded, whether it won. Nothing of the response's content.
 */
public record DepositReceipt(long id, String consultationReference, String consultationTitle, String lot, String company,
                             String siret,
                             Instant finishedAt, boolean late, Instant replacedAt, boolean awarded, List<File> files) {

    public record File(String name, long sizeBytes, String sha256) {
    }

    static DepositReceipt of(ResponseDeposit d) {
        return new DepositReceipt(d.getId(), d.getConsultation().getReference(), d.getConsultation().getTitle(),
                d.getLot() == null ? null : d.getLot().getLabel(), d.getCompany().getLegalName(), d.getCompany().getSiret(),
                d.getFinishedAt(), d.isLate(), d.getReplacedAt(), d.isAwarded(),
                d.getFiles().stream().map(f -> new File(f.getFileName(), f.getSizeBytes(), f.getSha256())).toList());
    }

    /** The files as the receipt's e-mail lists them, one per line, sizes in the reader's language. */
    public String filesAsText(Locale locale) {
        String bytes = "fr".equals(locale.getLanguage()) ? " octets" : " bytes";
        StringBuilder text = new StringBuilder();
        files.forEach(f -> text.append("— ").append(f.name()).append(" : ").append(f.sizeBytes()).append(bytes)
                .append(", SHA-256 ").append(f.sha256()).append('\n'));
        return text.toString().strip();
    }
}
