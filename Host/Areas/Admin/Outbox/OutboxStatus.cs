namespace SalesSuite.Host.Areas.Admin.Outbox;

public sealed record OutboxStatus(string Context, int Pending, int Processed, int DeadLettered, IReadOnlyList<DeadLetter> DeadLetters);
