package io.restsocial.core.provider.builtin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * The catalogue of built-in providers, by wire name. Adding a provider means adding its
 * definition class and one line here.
 */
public final class BuiltInProviders {

	private static final Map<String, OAuth2ProviderDefinition> DEFINITIONS;

	static {
		Map<String, OAuth2ProviderDefinition> definitions = new LinkedHashMap<>();
		Stream.of(GitHubProvider.definition(), FacebookProvider.definition(), GoogleProvider.definition(),
				OidcProvider.definition(), AppleProvider.definition(), MicrosoftGraphProvider.definition(),
				GitLabProvider.definition(), DiscordProvider.definition(), SlackProvider.definition(),
				BitbucketProvider.definition(), SpotifyProvider.definition(), RedditProvider.definition(),
				YandexProvider.definition(), AmazonProvider.definition(), TwitterOAuth2Provider.definition(),
				LinkedInProvider.definition(), KakaoProvider.definition(), VkProvider.definition(),
				InstagramProvider.definition(), LineProvider.definition(), SalesforceProvider.definition(),
				OktaProvider.definition(), Auth0Provider.definition(), CognitoProvider.definition(),
				DropboxProvider.definition(), WeixinProvider.definition(), TwitchProvider.definition(),
				KeycloakProvider.definition(), AzureAdProvider.definition(),
				// Batch n-z: python-social-auth's OAuth 2.0 providers from N to Z.
				PayPalProvider.definition(), PayPalProvider.sandbox(), PatreonProvider.definition(),
				PodioProvider.definition(), PushbulletProvider.definition(), QiitaProvider.definition(),
				QqProvider.definition(), QuizletProvider.definition(), RunKeeperProvider.definition(),
				SketchfabProvider.definition(), SoundCloudProvider.definition(), StackOverflowProvider.definition(),
				StocktwitsProvider.definition(), StravaProvider.definition(), SurveyMonkeyProvider.definition(),
				TaobaoProvider.definition(), UntappdProvider.definition(), VimeoProvider.definition(),
				WeiboProvider.definition(), YammerProvider.definition(), ZoomProvider.definition(),
				// Batch "variants": variants of the providers above, and OpenID Connect issuers.
				GitHubOrgProvider.definition(), GitHubTeamProvider.definition(), GitHubEnterpriseProvider.definition(),
				GitHubEnterpriseOrgProvider.definition(), GitHubEnterpriseTeamProvider.definition(),
				BitbucketDataCenterProvider.definition(), SalesforceSandboxProvider.definition(),
				OrcidProvider.definition(), OrcidSandboxProvider.definition(), CILogonProvider.definition(),
				ClassLinkProvider.definition(), CleverProvider.definition(), YahooProvider.definition(),
				SimpleLoginProvider.definition(), TwitchHelixProvider.definition(),
				FacebookLimitedLoginProvider.definition(), GoogleOpenIdConnectProvider.definition(),
				AzureAdTenantProvider.definition(), AzureAdV2Provider.definition(), AzureAdV2TenantProvider.definition(),
				OktaOAuth2Provider.definition(), GlobusProvider.definition(), FedoraProvider.definition(),
				Auth0OpenIdConnectProvider.definition(), CoinbaseProvider.definition(), DigitalOceanProvider.definition(),
				DeezerProvider.definition(),
				// batch a-m: plain OAuth 2.0 providers under python-social-auth's wire names
				MailchimpProvider.definition(), OpenStreetMapProvider.definition(), EtsyProvider.definition(),
				SeznamProvider.definition(), UberProvider.definition(), LyftProvider.definition(),
				MendeleyProvider.definition(), KickProvider.definition(), MonzoProvider.definition(),
				ArcGisProvider.definition(), ChatworkProvider.definition(), CourseraProvider.definition(),
				DoubanProvider.definition(), GiteaProvider.definition(), GrafanaProvider.definition(),
				MailruProvider.definition(), MailruOAuth2Provider.definition(), MapMyFitnessProvider.definition(),
				MusicBrainzProvider.definition(), BoxProvider.definition(), FoursquareProvider.definition(),
				NaverProvider.definition(), OdnoklassnikiProvider.definition(), DisqusProvider.definition(),
				DailymotionProvider.definition(), FitbitProvider.definition(), HubSpotProvider.definition(),
				MixcloudProvider.definition(), LinkedInOAuth2Provider.definition(),
				// Provider parity (issue 10): the variants left over.
				AzureAdB2CProvider.definition(), EveOnlineProvider.definition(), FacebookAppProvider.definition(),
				GoogleOneTapProvider.definition(), GitHubAppProvider.definition(), WeixinAppProvider.definition())
			.forEach((definition) -> definitions.put(definition.getName(), definition));
		DEFINITIONS = Collections.unmodifiableMap(definitions);
	}

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
	 * The built-in OAuth 2.0 definitions.
	 * @return the definitions by wire name
	 */
	public static Map<String, OAuth2ProviderDefinition> oauth2() {
		return DEFINITIONS;
	}

}
