using NodaTime;

namespace SalesSuite.Leads.Areas.Leads.Pages.Customers;

public sealed record TimelineItem(Instant At, string Kind, string Text, Guid? AttachmentId = null, string? AttachmentName = null);
