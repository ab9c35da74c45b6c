package fr.ccibusiness.web.consultation;

import fr.ccibusiness.consultation.ResponseService;
import fr.ccibusiness.consultation.StagedDeposit;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The responses a person is uploading a chunk at a time ({@link DepositUploadServlet}), until the
 * deposit form takes them; the rest are deleted with the session. Also the session's token that the
 * upload requests must carry (they are not forms: the page hands it to its script).
 */
@Named
@SessionScoped
public class DepositUploads implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Responses one session may be uploading at once. */
    private static final int MAX_STAGED = 4;

    private final String token = newToken();
    private transient Map<String, StagedDeposit> staged = new ConcurrentHashMap<>();

    @Inject
    private ResponseService responses;

    public String getToken() {
        return token;
    }

    /** A response to upload, begun now; the oldest of this session's goes if there are too many. */
    StagedDeposit start(long consultationId) {
        StagedDeposit started = responses.stage(consultationId);
        while (staged.size() >= MAX_STAGED) {
            staged.keySet().stream().findFirst().map(staged::remove).ifPresent(responses::discard);
        }
        staged.put(started.getToken(), started);
        return started;
    }

    Optional<StagedDeposit> find(String stagedToken) {
        return Optional.ofNullable(stagedToken).map(staged::get);
    }

    /** The response was deposited: its files are the platform's now. */
    void deposited(StagedDeposit deposit) {
        staged.remove(deposit.getToken());
    }

    @PreDestroy
    void discardAll() {
        try {
            staged.values().forEach(responses::discard);
        } catch (RuntimeException e) {
            // The application is stopping: the files have no row, and the store's sweeper deletes them.
        }
        staged.clear();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
