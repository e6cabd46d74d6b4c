package io.github.sparkimpex.camel.springboot;

import java.util.Set;

import io.github.sparkimpex.camel.SparkImpexConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets a property name a bean for the two options that are objects, as in a Camel URI:
 * {@code camel.component.spark-impex.ssl-context-parameters=#sparkTls} ({@code #bean:sparkTls} and a bare
 * {@code sparkTls} work too). A name with no such bean fails the binding, and so the start-up, with that name.
 */
public class SparkImpexBeanReferenceConverter implements GenericConverter {

    private final BeanFactory beans;

    public SparkImpexBeanReferenceConverter(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, SSLContextParameters.class),
                new ConvertiblePair(String.class, SparkImpexConfiguration.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        return beans.getBean(beanName(source.toString().trim()), targetType.getType());
    }

    static String beanName(String reference) {
        if (reference.startsWith("#bean:")) {
            return reference.substring("#bean:".length());
        }
        return reference.startsWith("#") ? reference.substring(1) : reference;
    }
}
