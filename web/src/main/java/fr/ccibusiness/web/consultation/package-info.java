/**
 * Pages of the consultations: the buyer organisations' console (administrators and CCI staff), the
 * buyers' consultations, the candidates' and visitors' list and page, the authorised download of
 * tender documents and the export of a journal.
 */
package fr.ccibusiness.web.consultation;
