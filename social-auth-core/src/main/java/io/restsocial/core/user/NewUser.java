package io.restsocial.core.user;

/**
 * What the pipeline knows of a user it is about to create.
 *
 * @param username a username that no other user has
 * @param email the email address, may be empty
 * @param firstName the first name, may be empty
 * @param lastName the last name, may be empty
 */
public record NewUser(String username, String email, String firstName, String lastName) {

}
