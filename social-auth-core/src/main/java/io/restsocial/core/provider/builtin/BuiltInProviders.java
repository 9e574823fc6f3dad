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
 * definition class and one line here.
 */
public final class BuiltInProviders {

	// Each definition is made when first asked for: an application configures a few of them, and
	// making them all (their classes, lambdas and builders) was a part of the starter's start-up (issue 9).
	private static final Definitions DEFINITIONS = Definitions.builtIn(List.of(
			entry(GitHubProvider.NAME, GitHubProvider::definition),
			entry(FacebookProvider.NAME, FacebookProvider::definition),
			entry(GoogleProvider.NAME, GoogleProvider::definition),
			entry(OidcProvider.NAME, OidcProvider::definition),
			entry(AppleProvider.NAME, AppleProvider::definition),
			entry(MicrosoftGraphProvider.NAME, MicrosoftGraphProvider::definition),
			entry(GitLabProvider.NAME, GitLabProvider::definition),
			entry(DiscordProvider.NAME, DiscordProvider::definition),
			entry(SlackProvider.NAME, SlackProvider::definition),
			entry(BitbucketProvider.NAME, BitbucketProvider::definition),
			entry(SpotifyProvider.NAME, SpotifyProvider::definition),
			entry(RedditProvider.NAME, RedditProvider::definition),
			entry(YandexProvider.NAME, YandexProvider::definition),
			entry(AmazonProvider.NAME, AmazonProvider::definition),
			entry(TwitterOAuth2Provider.NAME, TwitterOAuth2Provider::definition),
			entry(LinkedInProvider.NAME, LinkedInProvider::definition),
			entry(KakaoProvider.NAME, KakaoProvider::definition),
			entry(VkProvider.NAME, VkProvider::definition),
			entry(InstagramProvider.NAME, InstagramProvider::definition),
			entry(LineProvider.NAME, LineProvider::definition),
			entry(SalesforceProvider.NAME, SalesforceProvider::definition),
			entry(OktaProvider.NAME, OktaProvider::definition),
			entry(Auth0Provider.NAME, Auth0Provider::definition),
			entry(CognitoProvider.NAME, CognitoProvider::definition),
			entry(DropboxProvider.NAME, DropboxProvider::definition),
			entry(WeixinProvider.NAME, WeixinProvider::definition),
			entry(TwitchProvider.NAME, TwitchProvider::definition),
			entry(KeycloakProvider.NAME, KeycloakProvider::definition),
			entry(AzureAdProvider.NAME, AzureAdProvider::definition),
			// Batch n-z: python-social-auth's OAuth 2.0 providers from N to Z.
			entry(PayPalProvider.NAME, PayPalProvider::definition),
			entry(PayPalProvider.SANDBOX_NAME, PayPalProvider::sandbox),
			entry(PatreonProvider.NAME, PatreonProvider::definition),
			entry(PodioProvider.NAME, PodioProvider::definition),
			entry(PushbulletProvider.NAME, PushbulletProvider::definition),
			entry(QiitaProvider.NAME, QiitaProvider::definition),
			entry(QqProvider.NAME, QqProvider::definition),
			entry(QuizletProvider.NAME, QuizletProvider::definition),
			entry(RunKeeperProvider.NAME, RunKeeperProvider::definition),
			entry(SketchfabProvider.NAME, SketchfabProvider::definition),
			entry(SoundCloudProvider.NAME, SoundCloudProvider::definition),
			entry(StackOverflowProvider.NAME, StackOverflowProvider::definition),
			entry(StocktwitsProvider.NAME, StocktwitsProvider::definition),
			entry(StravaProvider.NAME, StravaProvider::definition),
			entry(SurveyMonkeyProvider.NAME, SurveyMonkeyProvider::definition),
			entry(TaobaoProvider.NAME, TaobaoProvider::definition),
			entry(UntappdProvider.NAME, UntappdProvider::definition),
			entry(VimeoProvider.NAME, VimeoProvider::definition),
			entry(WeiboProvider.NAME, WeiboProvider::definition),
			entry(YammerProvider.NAME, YammerProvider::definition),
			entry(ZoomProvider.NAME, ZoomProvider::definition),
			// Batch "variants": variants of the providers above, and OpenID Connect issuers.
			entry(GitHubOrgProvider.NAME, GitHubOrgProvider::definition),
			entry(GitHubTeamProvider.NAME, GitHubTeamProvider::definition),
			entry(GitHubEnterpriseProvider.NAME, GitHubEnterpriseProvider::definition),
			entry(GitHubEnterpriseOrgProvider.NAME, GitHubEnterpriseOrgProvider::definition),
			entry(GitHubEnterpriseTeamProvider.NAME, GitHubEnterpriseTeamProvider::definition),
			entry(BitbucketDataCenterProvider.NAME, BitbucketDataCenterProvider::definition),
			entry(SalesforceSandboxProvider.NAME, SalesforceSandboxProvider::definition),
			entry(OrcidProvider.NAME, OrcidProvider::definition),
			entry(OrcidSandboxProvider.NAME, OrcidSandboxProvider::definition),
			entry(CILogonProvider.NAME, CILogonProvider::definition),
			entry(ClassLinkProvider.NAME, ClassLinkProvider::definition),
			entry(CleverProvider.NAME, CleverProvider::definition),
			entry(YahooProvider.NAME, YahooProvider::definition),
			entry(SimpleLoginProvider.NAME, SimpleLoginProvider::definition),
			entry(TwitchHelixProvider.NAME, TwitchHelixProvider::definition),
			entry(FacebookLimitedLoginProvider.NAME, FacebookLimitedLoginProvider::definition),
			entry(GoogleOpenIdConnectProvider.NAME, GoogleOpenIdConnectProvider::definition),
			entry(AzureAdTenantProvider.NAME, AzureAdTenantProvider::definition),
			entry(AzureAdV2Provider.NAME, AzureAdV2Provider::definition),
			entry(AzureAdV2TenantProvider.NAME, AzureAdV2TenantProvider::definition),
			entry(OktaOAuth2Provider.NAME, OktaOAuth2Provider::definition),
			entry(GlobusProvider.NAME, GlobusProvider::definition),
			entry(FedoraProvider.NAME, FedoraProvider::definition),
			entry(Auth0OpenIdConnectProvider.NAME, Auth0OpenIdConnectProvider::definition),
			entry(CoinbaseProvider.NAME, CoinbaseProvider::definition),
			entry(DigitalOceanProvider.NAME, DigitalOceanProvider::definition),
			entry(DeezerProvider.NAME, DeezerProvider::definition),
			// batch a-m: plain OAuth 2.0 providers under python-social-auth's wire names
			entry(MailchimpProvider.NAME, MailchimpProvider::definition),
			entry(OpenStreetMapProvider.NAME, OpenStreetMapProvider::definition),
			entry(EtsyProvider.NAME, EtsyProvider::definition),
			entry(SeznamProvider.NAME, SeznamProvider::definition),
			entry(UberProvider.NAME, UberProvider::definition),
			entry(LyftProvider.NAME, LyftProvider::definition),
			entry(MendeleyProvider.NAME, MendeleyProvider::definition),
			entry(KickProvider.NAME, KickProvider::definition),
			entry(MonzoProvider.NAME, MonzoProvider::definition),
			entry(ArcGisProvider.NAME, ArcGisProvider::definition),
			entry(ChatworkProvider.NAME, ChatworkProvider::definition),
			entry(CourseraProvider.NAME, CourseraProvider::definition),
			entry(DoubanProvider.NAME, DoubanProvider::definition),
			entry(GiteaProvider.NAME, GiteaProvider::definition),
			entry(GrafanaProvider.NAME, GrafanaProvider::definition),
			entry(MailruProvider.NAME, MailruProvider::definition),
			entry(MailruOAuth2Provider.NAME, MailruOAuth2Provider::definition),
			entry(MapMyFitnessProvider.NAME, MapMyFitnessProvider::definition),
			entry(MusicBrainzProvider.NAME, MusicBrainzProvider::definition),
			entry(BoxProvider.NAME, BoxProvider::definition),
			entry(FoursquareProvider.NAME, FoursquareProvider::definition),
			entry(NaverProvider.NAME, NaverProvider::definition),
			entry(OdnoklassnikiProvider.NAME, OdnoklassnikiProvider::definition),
			entry(DisqusProvider.NAME, DisqusProvider::definition),
			entry(DailymotionProvider.NAME, DailymotionProvider::definition),
			entry(FitbitProvider.NAME, FitbitProvider::definition),
			entry(HubSpotProvider.NAME, HubSpotProvider::definition),
			entry(MixcloudProvider.NAME, MixcloudProvider::definition),
			entry(LinkedInOAuth2Provider.NAME, LinkedInOAuth2Provider::definition),
			// Provider parity (issue 10): the variants left over.
			entry(AzureAdB2CProvider.NAME, AzureAdB2CProvider::definition),
			entry(EveOnlineProvider.NAME, EveOnlineProvider::definition),
			entry(FacebookAppProvider.NAME, FacebookAppProvider::definition),
			entry(GoogleOneTapProvider.NAME, GoogleOneTapProvider::definition),
			entry(GitHubAppProvider.NAME, GitHubAppProvider::definition),
			entry(WeixinAppProvider.NAME, WeixinAppProvider::definition)));

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

	private static Map.Entry<String, Supplier<OAuth2ProviderDefinition>> entry(String name,
			Supplier<OAuth2ProviderDefinition> definition) {
		return Map.entry(name, definition);
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

		// Each built-in definition made once, and checked to bear its entry's name.
		static Definitions builtIn(List<Entry<String, Supplier<OAuth2ProviderDefinition>>> entries) {
			Map<String, Supplier<OAuth2ProviderDefinition>> definitions = new LinkedHashMap<>();
			for (Entry<String, Supplier<OAuth2ProviderDefinition>> entry : entries) {
				String name = entry.getKey();
				Supplier<OAuth2ProviderDefinition> once = SingletonSupplier.of(() -> {
					OAuth2ProviderDefinition made = entry.getValue().get();
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
