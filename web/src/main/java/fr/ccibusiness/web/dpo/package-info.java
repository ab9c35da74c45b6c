/** The data protection office: the retention job's console, for the DPO and administrators. */
package fr.ccibusiness.web.dpo;
