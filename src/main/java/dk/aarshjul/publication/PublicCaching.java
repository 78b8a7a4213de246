package dk.aarshjul.publication;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public pages and their JSON carry an ETag made from their content, so a browser or the
 * municipality's website asking again gets 304 until a plan, its publication or a noted status changes.
 */
@Configuration
@EnableConfigurationProperties(PublicPageProperties.class)
class PublicCaching {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPagesETag() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.setName("public-pages-etag");
		registration.addUrlPatterns("/offentlig/*");
		return registration;
	}

}
