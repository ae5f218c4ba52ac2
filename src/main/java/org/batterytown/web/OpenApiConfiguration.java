package org.batterytown.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.batterytown.shared.Actor;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: HTTP Basic, and no trace of the server-side actor parameter. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// The acting user comes from the login, never from the request.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	OpenAPI batteryTownApi() {
		return new OpenAPI()
			.info(new Info().title("Battery Town API")
				.version("v1")
				.description("""
						The registry of a development zone: parks, enterprises, investment projects with \
						capacity lines, stages, milestones, sources and change history. Authenticate with \
						HTTP Basic. Unknown figures are null, never 0. Changes send the version they read \
						in If-Match; a stale one gets 409. Errors are RFC 9457 problem details; \
						add ?lang=en for English messages."""))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
