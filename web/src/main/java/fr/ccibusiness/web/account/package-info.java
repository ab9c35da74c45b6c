/** Pages of the account use cases: register, confirm, sign in, reset the password, "Mon compte". */
package fr.ccibusiness.web.account;
