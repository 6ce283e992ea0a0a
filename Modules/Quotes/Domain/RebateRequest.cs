using NodaTime;

namespace SalesSuite.Quotes.Domain;

internal sealed record RebateRequest(string? CustomerType, string? ProductCode, decimal Amount, int DeliveryDays, LocalDate DeliveryDate);
