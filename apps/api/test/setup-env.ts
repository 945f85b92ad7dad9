process.env.TZ ??= 'UTC';
