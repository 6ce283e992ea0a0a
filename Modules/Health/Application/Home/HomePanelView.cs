using NodaTime;

namespace SalesSuite.Health.Application.Home;

/// <summary>What the home page's Health card shows (the lead adds the indicators' colours and the top breakpoints).</summary>
internal sealed record HomePanelView(int ArchivedEvents, Instant? LastEventAt);
