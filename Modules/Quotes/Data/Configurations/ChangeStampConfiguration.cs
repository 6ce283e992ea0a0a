using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Data.Configurations;

internal sealed class ChangeStampConfiguration : IEntityTypeConfiguration<ChangeStamp>
{
    public void Configure(EntityTypeBuilder<ChangeStamp> b) => ChangeStamps.Configure(b, QuoteChanges.Initial);
}
