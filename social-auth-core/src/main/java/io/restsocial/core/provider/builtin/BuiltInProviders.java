package io.restsocial.core.provider.builtin;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;

/**
 * The catalogue of built-in providers, by wire name. Adding a provider means adding its
 * definition class, its name to the list of names here and its case to the switch that makes
 * the definitions; a name without a case fails {@code BuiltInProvidersTests}.
 */
public final class BuiltInProviders {

	// The wire names, in the catalogue's order; definition(String) makes each. A definition is made
	// when first asked for: an application configures a few of them, and making them all (their
	// classes, lambdas and builders) was a part of the starter's start-up (issue 9).
	private static final List<String> NAMES = List.of(
			GitHubProvider.NAME,
			FacebookProvider.NAME,
			GoogleProvider.NAME,
			OidcProvider.NAME,
			AppleProvider.NAME,
			MicrosoftGraphProvider.NAME,
			GitLabProvider.NAME,
			DiscordProvider.NAME,
			SlackProvider.NAME,
			BitbucketProvider.NAME,
			SpotifyProvider.NAME,
			RedditProvider.NAME,
			YandexProvider.NAME,
			AmazonProvider.NAME,
			TwitterOAuth2Provider.NAME,
			LinkedInProvider.NAME,
			KakaoProvider.NAME,
			VkProvider.NAME,
			InstagramProvider.NAME,
			LineProvider.NAME,
			SalesforceProvider.NAME,
			OktaProvider.NAME,
			Auth0Provider.NAME,
			CognitoProvider.NAME,
			DropboxProvider.NAME,
			WeixinProvider.NAME,
			TwitchProvider.NAME,
			KeycloakProvider.NAME,
			AzureAdProvider.NAME,
			// Batch n-z: python-social-auth's OAuth 2.0 providers from N to Z.
			PayPalProvider.NAME,
			PayPalProvider.SANDBOX_NAME,
			PatreonProvider.NAME,
			PodioProvider.NAME,
			PushbulletProvider.NAME,
			QiitaProvider.NAME,
			QqProvider.NAME,
			QuizletProvider.NAME,
			RunKeeperProvider.NAME,
			SketchfabProvider.NAME,
			SoundCloudProvider.NAME,
			StackOverflowProvider.NAME,
			StocktwitsProvider.NAME,
			StravaProvider.NAME,
			SurveyMonkeyProvider.NAME,
			TaobaoProvider.NAME,
			UntappdProvider.NAME,
			VimeoProvider.NAME,
			WeiboProvider.NAME,
			YammerProvider.NAME,
			ZoomProvider.NAME,
			// Batch "variants": variants of the providers above, and OpenID Connect issuers.
			GitHubOrgProvider.NAME,
			GitHubTeamProvider.NAME,
			GitHubEnterpriseProvider.NAME,
			GitHubEnterpriseOrgProvider.NAME,
			GitHubEnterpriseTeamProvider.NAME,
			BitbucketDataCenterProvider.NAME,
			SalesforceSandboxProvider.NAME,
			OrcidProvider.NAME,
			OrcidSandboxProvider.NAME,
			CILogonProvider.NAME,
			ClassLinkProvider.NAME,
			CleverProvider.NAME,
			YahooProvider.NAME,
			SimpleLoginProvider.NAME,
			TwitchHelixProvider.NAME,
			FacebookLimitedLoginProvider.NAME,
			GoogleOpenIdConnectProvider.NAME,
			AzureAdTenantProvider.NAME,
			AzureAdV2Provider.NAME,
			AzureAdV2TenantProvider.NAME,
			OktaOAuth2Provider.NAME,
			GlobusProvider.NAME,
			FedoraProvider.NAME,
			Auth0OpenIdConnectProvider.NAME,
			CoinbaseProvider.NAME,
			DigitalOceanProvider.NAME,
			DeezerProvider.NAME,
			// batch a-m: plain OAuth 2.0 providers under python-social-auth's wire names
			MailchimpProvider.NAME,
			OpenStreetMapProvider.NAME,
			EtsyProvider.NAME,
			SeznamProvider.NAME,
			UberProvider.NAME,
			LyftProvider.NAME,
			MendeleyProvider.NAME,
			KickProvider.NAME,
			MonzoProvider.NAME,
			ArcGisProvider.NAME,
			ChatworkProvider.NAME,
			CourseraProvider.NAME,
			DoubanProvider.NAME,
			GiteaProvider.NAME,
			GrafanaProvider.NAME,
			MailruProvider.NAME,
			MailruOAuth2Provider.NAME,
			MapMyFitnessProvider.NAME,
			MusicBrainzProvider.NAME,
			BoxProvider.NAME,
			FoursquareProvider.NAME,
			NaverProvider.NAME,
			OdnoklassnikiProvider.NAME,
			DisqusProvider.NAME,
			DailymotionProvider.NAME,
			FitbitProvider.NAME,
			HubSpotProvider.NAME,
			MixcloudProvider.NAME,
			LinkedInOAuth2Provider.NAME,
			// Provider parity (issue 10): the variants left over.
			AzureAdB2CProvider.NAME,
			EveOnlineProvider.NAME,
			FacebookAppProvider.NAME,
			GoogleOneTapProvider.NAME,
			GitHubAppProvider.NAME,
			WeixinAppProvider.NAME);

	private static final Definitions DEFINITIONS = Definitions.builtIn(NAMES);

	private BuiltInProviders() {
	}

	/**
	 * The built-in OAuth 1.0a definitions.
	 * @return the definitions by wire name
	 */
	public static Map<String, OAuth1ProviderDefinition> oauth1() {
		return Map.of(TwitterProvider.NAME, TwitterProvider.definition(),
				// Batch n-z: python-social-auth's OAuth 1.0a providers still in service.
				TumblrProvider.NAME, TumblrProvider.definition(), FlickrProvider.NAME, FlickrProvider.definition(),
				TrelloProvider.NAME, TrelloProvider.definition());
	}

	/**
	 * The built-in OAuth 2.0 definitions. The map is unmodifiable; a definition is made the first
	 * time it is read, so looking up the providers an application configures makes only those.
	 * @return the definitions by wire name
	 */
	public static Map<String, OAuth2ProviderDefinition> oauth2() {
		return DEFINITIONS;
	}

	/**
	 * The built-in OAuth 2.0 definitions with an application's own laid over them: an own
	 * definition replaces the built-in one of its name, or adds a name. As {@link #oauth2()}, a
	 * built-in definition is made the first time it is read.
	 * @param own the application's definitions
	 * @return the definitions by wire name, unmodifiable
	 */
	public static Map<String, OAuth2ProviderDefinition> oauth2(Collection<OAuth2ProviderDefinition> own) {
		return DEFINITIONS.with(own);
	}

	// A switch rather than a map of method references: a method reference loads its provider's
	// class and spins a class of its own when the catalogue is made, 224 classes for 112 providers
	// at every start (issue 9), where a case loads its provider's class only when it runs.
	private static OAuth2ProviderDefinition definition(String name) {
		return switch (name) {
			case GitHubProvider.NAME -> GitHubProvider.definition();
			case FacebookProvider.NAME -> FacebookProvider.definition();
			case GoogleProvider.NAME -> GoogleProvider.definition();
			case OidcProvider.NAME -> OidcProvider.definition();
			case AppleProvider.NAME -> AppleProvider.definition();
			case MicrosoftGraphProvider.NAME -> MicrosoftGraphProvider.definition();
			case GitLabProvider.NAME -> GitLabProvider.definition();
			case DiscordProvider.NAME -> DiscordProvider.definition();
			case SlackProvider.NAME -> SlackProvider.definition();
			case BitbucketProvider.NAME -> BitbucketProvider.definition();
			case SpotifyProvider.NAME -> SpotifyProvider.definition();
			case RedditProvider.NAME -> RedditProvider.definition();
			case YandexProvider.NAME -> YandexProvider.definition();
			case AmazonProvider.NAME -> AmazonProvider.definition();
			case TwitterOAuth2Provider.NAME -> TwitterOAuth2Provider.definition();
			case LinkedInProvider.NAME -> LinkedInProvider.definition();
			case KakaoProvider.NAME -> KakaoProvider.definition();
			case VkProvider.NAME -> VkProvider.definition();
			case InstagramProvider.NAME -> InstagramProvider.definition();
			case LineProvider.NAME -> LineProvider.definition();
			case SalesforceProvider.NAME -> SalesforceProvider.definition();
			case OktaProvider.NAME -> OktaProvider.definition();
			case Auth0Provider.NAME -> Auth0Provider.definition();
			case CognitoProvider.NAME -> CognitoProvider.definition();
			case DropboxProvider.NAME -> DropboxProvider.definition();
			case WeixinProvider.NAME -> WeixinProvider.definition();
			case TwitchProvider.NAME -> TwitchProvider.definition();
			case KeycloakProvider.NAME -> KeycloakProvider.definition();
			case AzureAdProvider.NAME -> AzureAdProvider.definition();
			// Batch n-z: python-social-auth's OAuth 2.0 providers from N to Z.
			case PayPalProvider.NAME -> PayPalProvider.definition();
			case PayPalProvider.SANDBOX_NAME -> PayPalProvider.sandbox();
			case PatreonProvider.NAME -> PatreonProvider.definition();
			case PodioProvider.NAME -> PodioProvider.definition();
			case PushbulletProvider.NAME -> PushbulletProvider.definition();
			case QiitaProvider.NAME -> QiitaProvider.definition();
			case QqProvider.NAME -> QqProvider.definition();
			case QuizletProvider.NAME -> QuizletProvider.definition();
			case RunKeeperProvider.NAME -> RunKeeperProvider.definition();
			case SketchfabProvider.NAME -> SketchfabProvider.definition();
			case SoundCloudProvider.NAME -> SoundCloudProvider.definition();
			case StackOverflowProvider.NAME -> StackOverflowProvider.definition();
			case StocktwitsProvider.NAME -> StocktwitsProvider.definition();
			case StravaProvider.NAME -> StravaProvider.definition();
			case SurveyMonkeyProvider.NAME -> SurveyMonkeyProvider.definition();
			case TaobaoProvider.NAME -> TaobaoProvider.definition();
			case UntappdProvider.NAME -> UntappdProvider.definition();
			case VimeoProvider.NAME -> VimeoProvider.definition();
			case WeiboProvider.NAME -> WeiboProvider.definition();
			case YammerProvider.NAME -> YammerProvider.definition();
			case ZoomProvider.NAME -> ZoomProvider.definition();
			// Batch "variants": variants of the providers above, and OpenID Connect issuers.
			case GitHubOrgProvider.NAME -> GitHubOrgProvider.definition();
			case GitHubTeamProvider.NAME -> GitHubTeamProvider.definition();
			case GitHubEnterpriseProvider.NAME -> GitHubEnterpriseProvider.definition();
			case GitHubEnterpriseOrgProvider.NAME -> GitHubEnterpriseOrgProvider.definition();
			case GitHubEnterpriseTeamProvider.NAME -> GitHubEnterpriseTeamProvider.definition();
			case BitbucketDataCenterProvider.NAME -> BitbucketDataCenterProvider.definition();
			case SalesforceSandboxProvider.NAME -> SalesforceSandboxProvider.definition();
			case OrcidProvider.NAME -> OrcidProvider.definition();
			case OrcidSandboxProvider.NAME -> OrcidSandboxProvider.definition();
			case CILogonProvider.NAME -> CILogonProvider.definition();
			case ClassLinkProvider.NAME -> ClassLinkProvider.definition();
			case CleverProvider.NAME -> CleverProvider.definition();
			case YahooProvider.NAME -> YahooProvider.definition();
			case SimpleLoginProvider.NAME -> SimpleLoginProvider.definition();
			case TwitchHelixProvider.NAME -> TwitchHelixProvider.definition();
			case FacebookLimitedLoginProvider.NAME -> FacebookLimitedLoginProvider.definition();
			case GoogleOpenIdConnectProvider.NAME -> GoogleOpenIdConnectProvider.definition();
			case AzureAdTenantProvider.NAME -> AzureAdTenantProvider.definition();
			case AzureAdV2Provider.NAME -> AzureAdV2Provider.definition();
			case AzureAdV2TenantProvider.NAME -> AzureAdV2TenantProvider.definition();
			case OktaOAuth2Provider.NAME -> OktaOAuth2Provider.definition();
			case GlobusProvider.NAME -> GlobusProvider.definition();
			case FedoraProvider.NAME -> FedoraProvider.definition();
			case Auth0OpenIdConnectProvider.NAME -> Auth0OpenIdConnectProvider.definition();
			case CoinbaseProvider.NAME -> CoinbaseProvider.definition();
			case DigitalOceanProvider.NAME -> DigitalOceanProvider.definition();
			case DeezerProvider.NAME -> DeezerProvider.definition();
			// batch a-m: plain OAuth 2.0 providers under python-social-auth's wire names
			case MailchimpProvider.NAME -> MailchimpProvider.definition();
			case OpenStreetMapProvider.NAME -> OpenStreetMapProvider.definition();
			case EtsyProvider.NAME -> EtsyProvider.definition();
			case SeznamProvider.NAME -> SeznamProvider.definition();
			case UberProvider.NAME -> UberProvider.definition();
			case LyftProvider.NAME -> LyftProvider.definition();
			case MendeleyProvider.NAME -> MendeleyProvider.definition();
			case KickProvider.NAME -> KickProvider.definition();
			case MonzoProvider.NAME -> MonzoProvider.definition();
			case ArcGisProvider.NAME -> ArcGisProvider.definition();
			case ChatworkProvider.NAME -> ChatworkProvider.definition();
			case CourseraProvider.NAME -> CourseraProvider.definition();
			case DoubanProvider.NAME -> DoubanProvider.definition();
			case GiteaProvider.NAME -> GiteaProvider.definition();
			case GrafanaProvider.NAME -> GrafanaProvider.definition();
			case MailruProvider.NAME -> MailruProvider.definition();
			case MailruOAuth2Provider.NAME -> MailruOAuth2Provider.definition();
			case MapMyFitnessProvider.NAME -> MapMyFitnessProvider.definition();
			case MusicBrainzProvider.NAME -> MusicBrainzProvider.definition();
			case BoxProvider.NAME -> BoxProvider.definition();
			case FoursquareProvider.NAME -> FoursquareProvider.definition();
			case NaverProvider.NAME -> NaverProvider.definition();
			case OdnoklassnikiProvider.NAME -> OdnoklassnikiProvider.definition();
			case DisqusProvider.NAME -> DisqusProvider.definition();
			case DailymotionProvider.NAME -> DailymotionProvider.definition();
			case FitbitProvider.NAME -> FitbitProvider.definition();
			case HubSpotProvider.NAME -> HubSpotProvider.definition();
			case MixcloudProvider.NAME -> MixcloudProvider.definition();
			case LinkedInOAuth2Provider.NAME -> LinkedInOAuth2Provider.definition();
			// Provider parity (issue 10): the variants left over.
			case AzureAdB2CProvider.NAME -> AzureAdB2CProvider.definition();
			case EveOnlineProvider.NAME -> EveOnlineProvider.definition();
			case FacebookAppProvider.NAME -> FacebookAppProvider.definition();
			case GoogleOneTapProvider.NAME -> GoogleOneTapProvider.definition();
			case GitHubAppProvider.NAME -> GitHubAppProvider.definition();
			case WeixinAppProvider.NAME -> WeixinAppProvider.definition();
			default -> throw new IllegalStateException("No built-in provider is named " + name);
		};
	}

	/**
	 * Definitions by wire name, each made once, when first read; iterating the entries or values
	 * makes them all.
	 */
	private static final class Definitions extends AbstractMap<String, OAuth2ProviderDefinition> {

		private final Map<String, Supplier<OAuth2ProviderDefinition>> definitions = new LinkedHashMap<>();

		private final Set<Entry<String, OAuth2ProviderDefinition>> entries = new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, OAuth2ProviderDefinition>> iterator() {
				Iterator<String> names = Definitions.this.definitions.keySet().iterator();
				return new Iterator<>() {

					@Override
					public boolean hasNext() {
						return names.hasNext();
					}

					@Override
					public Entry<String, OAuth2ProviderDefinition> next() {
						String name = names.next();
						return Map.entry(name, get(name));
					}

				};
			}

			@Override
			public int size() {
				return Definitions.this.definitions.size();
			}

		};

		Definitions(Map<String, Supplier<OAuth2ProviderDefinition>> definitions) {
			this.definitions.putAll(definitions);
		}

		// Each built-in definition made once, and checked to bear the name it was asked for.
		static Definitions builtIn(List<String> names) {
			Map<String, Supplier<OAuth2ProviderDefinition>> definitions = new LinkedHashMap<>();
			for (String name : names) {
				Supplier<OAuth2ProviderDefinition> once = SingletonSupplier.of(() -> {
					OAuth2ProviderDefinition made = definition(name);
					Assert.state(made.getName().equals(name),
							() -> "Built-in provider '" + name + "' is defined as '" + made.getName() + "'");
					return made;
				});
				Assert.state(definitions.put(name, once) == null, () -> "Two built-in providers are named " + name);
			}
			return new Definitions(definitions);
		}

		// These definitions with others laid over them: one of a known name replaces it.
		Definitions with(Collection<OAuth2ProviderDefinition> others) {
			Map<String, Supplier<OAuth2ProviderDefinition>> definitions = new LinkedHashMap<>(this.definitions);
			for (OAuth2ProviderDefinition other : others) {
				definitions.put(other.getName(), () -> other);
			}
			return new Definitions(definitions);
		}

		@Override
		public OAuth2ProviderDefinition get(Object name) {
			Supplier<OAuth2ProviderDefinition> definition = this.definitions.get(name);
			return (definition != null) ? definition.get() : null;
		}

		@Override
		public boolean containsKey(Object name) {
			return this.definitions.containsKey(name);
		}

		@Override
		public Set<String> keySet() {
			return Collections.unmodifiableSet(this.definitions.keySet());
		}

		@Override
		public int size() {
			return this.definitions.size();
		}

		@Override
		public Set<Entry<String, OAuth2ProviderDefinition>> entrySet() {
			return this.entries;
		}

	}

}
