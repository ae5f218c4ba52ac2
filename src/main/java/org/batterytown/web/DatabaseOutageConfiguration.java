package org.batterytown.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.TemplateEngine;

@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	/** Before Spring Security (-100): logging in reads the users' table. */
	static final int ORDER = -200;

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(TemplateEngine templates,
			MessageSource messages, LocaleResolver localeResolver) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(templates, messages, localeResolver));
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
