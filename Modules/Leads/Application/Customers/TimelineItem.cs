using NodaTime;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>One line of a customer's timeline (already in the reader's language), with its attachment or link if any.</summary>
public sealed record TimelineItem(
    Instant At, string Kind, string Text, Guid? AttachmentId = null, string? AttachmentName = null, string? Link = null);
