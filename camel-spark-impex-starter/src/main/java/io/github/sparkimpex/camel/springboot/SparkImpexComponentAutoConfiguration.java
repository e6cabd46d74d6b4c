package io.github.sparkimpex.camel.springboot;

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Applies {@code camel.component.spark-impex.*} to the spark-impex component, the way Camel's own component starters
 * do: camel-spring-boot binds no {@code camel.component.<name>.*} property by itself.
 * <p>
 * {@code camel.component.spark-impex.enabled=false} (or {@code camel.component.enabled=false}) switches this
 * auto-configuration off; {@code camel.component.spark-impex.customizer.enabled=false} (or
 * {@code camel.component.customizer.enabled=false}) keeps it but leaves the component as the application built it.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", SparkImpexComponentCustomizer.PREFIX})
@EnableConfigurationProperties({ComponentConfigurationProperties.class, SparkImpexComponentConfiguration.class})
public class SparkImpexComponentAutoConfiguration {

    /** Lazy, as in Camel's own starters: created when Camel, creating a component, looks its customizers up. */
    @Lazy
    @Bean
    public ComponentCustomizer configureSparkImpexComponent(Environment environment,
                                                            SparkImpexComponentConfiguration properties) {
        return new SparkImpexComponentCustomizer(environment, properties);
    }

    /** Static: property binding needs its converters before this configuration class is instantiated. */
    @Bean
    @ConfigurationPropertiesBinding
    public static SparkImpexBeanReferenceConverter sparkImpexBeanReferenceConverter(BeanFactory beans) {
        return new SparkImpexBeanReferenceConverter(beans);
    }
}
