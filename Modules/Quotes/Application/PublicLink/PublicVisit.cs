namespace SalesSuite.Quotes.Application.PublicLink;

/// <summary>
/// Who opened the public page: the browser session (cookie) and the client's address key (<see cref="PublicClientKey"/>).
/// </summary>
internal sealed record PublicVisit(string SessionId, string ClientKey);
