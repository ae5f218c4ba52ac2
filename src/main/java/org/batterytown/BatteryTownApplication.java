package org.batterytown;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Battery Town: the platform on which a development zone runs its industrial cluster. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class BatteryTownApplication {

	public static void main(String[] args) {
		SpringApplication.run(BatteryTownApplication.class, args);
	}

}
