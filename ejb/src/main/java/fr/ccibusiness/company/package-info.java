/**
 * Companies: the company record (fiche entreprise) and identity sheet (fiche signalétique), the
 * people attached to them after approval, and the history of every change (purpose 1).
 */
package fr.ccibusiness.company;
