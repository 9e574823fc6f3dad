-- The example's own table (Avatars): each user's avatar URL, as the original example's social_thumb.
CREATE TABLE IF NOT EXISTS example_avatar (
	user_id VARCHAR(255) NOT NULL PRIMARY KEY,
	url VARCHAR(1024) NOT NULL
);
