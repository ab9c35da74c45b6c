/** Pages of the companies: my companies and join requests, the company record and its history. */
package fr.ccibusiness.web.company;
