package org.batterytown.identity.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.batterytown.identity.NewUser;
import org.batterytown.identity.UserManagement;
import org.batterytown.identity.UserView;
import org.batterytown.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration for admins: create users with a role and data scope, disable, reset passwords. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	List<UserView> list(Actor actor) {
		return users.list(actor);
	}

	@PostMapping
	ResponseEntity<UserView> create(Actor actor, @Valid @RequestBody NewUser user) {
		UserView created = users.create(actor, user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	@PutMapping("/{id}/enabled")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void setEnabled(Actor actor, @PathVariable UUID id, @RequestBody Enabled enabled) {
		users.setEnabled(actor, id, enabled.enabled());
	}

	@PutMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(Actor actor, @PathVariable UUID id, @Valid @RequestBody Password password) {
		users.resetPassword(actor, id, password.password());
	}

	record Enabled(boolean enabled) {
	}

	record Password(@NotBlank(message = "{user.password.required}") String password) {
	}

}
