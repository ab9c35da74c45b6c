package fr.ccibusiness.consultation;

import fr.ccibusiness.platform.BusinessException;

/** A consultation, document or organisation that does not exist, or that the caller may not see: the same answer. */
public class ConsultationNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConsultationNotFoundException() {
        super("consultation.notFound");
    }
}
