package io.restsocial.core.oauth2;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import io.restsocial.core.provider.builtin.AppleProvider;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Copying a definition: under another name it keeps every other part, and a changed part
 * leaves the original alone.
 */
class OAuth2ProviderDefinitionTests {

	@Test
	void fromWithAnotherNameThenEveryOtherPartIsTheOriginals() throws Exception {
		for (OAuth2ProviderDefinition original : BuiltInProviders.oauth2().values()) {
			OAuth2ProviderDefinition copy = OAuth2ProviderDefinition.from(original).name("renamed").build();
			assertThat(copy.getName()).isEqualTo("renamed");
			// Every field, so that a part added later and not copied fails here.
			for (Field field : OAuth2ProviderDefinition.class.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !field.getName().equals("name")) {
					field.setAccessible(true);
					assertThat(field.get(copy)).as(original.getName() + "." + field.getName())
						.isEqualTo(field.get(original));
				}
			}
		}
	}

	@Test
	void fromWithAChangedPartThenTheOriginalIsUnchanged() {
		OAuth2ProviderDefinition apple = BuiltInProviders.oauth2().get(AppleProvider.NAME);
		ClientAuthenticationMethod method = apple.getClientAuthenticationMethod();
		OAuth2ProviderDefinition basic = OAuth2ProviderDefinition.from(apple)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.build();
		assertThat(basic.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
		assertThat(basic.getClientSecretSupplier()).isSameAs(apple.getClientSecretSupplier());
		assertThat(apple.getClientAuthenticationMethod()).isEqualTo(method);
	}

	@Test
	void fromWithAnEmptyNameThenBuildFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> OAuth2ProviderDefinition
			.from(BuiltInProviders.oauth2().get(AppleProvider.NAME))
			.name("")
			.build()).withMessageContaining("name");
	}

}
