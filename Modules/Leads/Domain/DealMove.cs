using NodaTime;

namespace SalesSuite.Leads.Domain;

/// <summary>An accepted stage move: the stage left and entered, the time spent in the left one, what was skipped.</summary>
internal sealed record DealMove(Stage From, Stage To, Duration Spent, IReadOnlyList<string> Skipped, bool QuotingChanged);
