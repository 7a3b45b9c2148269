package com.foretaste.application.organisation;

import java.util.Optional;

/** The users registered on the platform: usernames are unique across all organisations. */
public interface UserDirectory {

    Optional<UserAccount> find(String username);
}
