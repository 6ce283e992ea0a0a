using NodaTime;

namespace SalesSuite.Leads.Application.Corrections;

/// <summary>The signed-in person is in trace mode: why and since when (the banner on their pages).</summary>
public sealed record TraceModeNotice(string Reason, Instant Since);
