package dk.aarshjul.indicator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndicatorSettings.class)
class IndicatorConfiguration {
}
