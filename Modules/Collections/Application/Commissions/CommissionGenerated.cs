using NodaTime;

namespace SalesSuite.Collections.Application.Commissions;

/// <summary>A generation: the month, how many drafts were built, how many statements were approved already (left as they are).</summary>
internal sealed record CommissionGenerated(LocalDate Month, int Built, int Approved);
