using NodaTime;
using SalesSuite.Quotes.Domain;

namespace SalesSuite.Quotes.Application.Escalation;

/// <summary>One open escalation to-do: the quote, the overdue step, the level and when it was escalated.</summary>
internal sealed record EscalationTodo(
    Guid QuoteId, string Number, string CustomerName, StepKind Step, string Role, int Level, Instant? DueAt, Instant EscalatedAt);
