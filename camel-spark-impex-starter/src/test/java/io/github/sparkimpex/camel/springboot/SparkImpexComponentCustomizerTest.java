package io.github.sparkimpex.camel.springboot;

import io.github.sparkimpex.camel.SparkImpexComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

class SparkImpexComponentCustomizerTest {

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stopCamel() throws Exception {
        camel.close();
    }

    @Test
    void anOptionTheComponentLacksFailsByNameWithoutItsValue() {
        SparkImpexComponent component = new SparkImpexComponent();
        component.setCamelContext(camel);
        var customizer = new SparkImpexComponentCustomizer(new MockEnvironment(), new WithAnExtraOption());

        assertThatIllegalStateException()
                .isThrownBy(() -> customizer.configure("spark-impex", component))
                .withMessageContaining("legacyPassword")
                .withMessageNotContaining("hunter2");
    }

    @Test
    void theStartersOwnSwitchesAreNotComponentOptions() {
        var properties = new SparkImpexComponentConfiguration();
        properties.setTenant("dev");
        var customizer = new SparkImpexComponentCustomizer(new MockEnvironment(), properties);

        assertThat(customizer.optionsToApply(camel)).containsOnlyKeys("tenant");
    }

    @Test
    void appliesOnlyToSparkImpexComponents() {
        var customizer = new SparkImpexComponentCustomizer(new MockEnvironment(), new SparkImpexComponentConfiguration());

        assertThat(customizer.isEnabled("spark-impex", new SparkImpexComponent())).isTrue();
        assertThat(customizer.isEnabled("timer", mock(Component.class))).isFalse();
    }

    /** Stands for a starter that is ahead of the component it configures. */
    static class WithAnExtraOption extends SparkImpexComponentConfiguration {
        public String getLegacyPassword() {
            return "hunter2";
        }

        public void setLegacyPassword(String ignored) {
        }
    }
}
