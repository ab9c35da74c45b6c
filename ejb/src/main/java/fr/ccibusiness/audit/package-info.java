/**
 * The audit trail (policy articles 6 and 8): every read of a person's data by an animator, CCI staff,
 * an administrator or the DPO in a console is recorded, and the DPO searches it.
 */
package fr.ccibusiness.audit;
