using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Data.Configurations;

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> b)
    {
        b.ToTable("Stores");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(Store.CodeMaxLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(Store.NameMaxLength).IsRequired();
        b.Property(x => x.Address).HasMaxLength(Store.AddressMaxLength);
        b.Property(x => x.Region).HasMaxLength(Store.RegionMaxLength).IsRequired();
        b.HasIndex(x => x.Region);
        b.HasIndex(x => x.SupervisorUserId);
        // Managers: a JSON column replaced as a whole (a handful per store).
        b.OwnsMany(x => x.Managers, m => m.ToJson());
        b.Navigation(x => x.Managers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StoresSettingsConfiguration : IEntityTypeConfiguration<StoresSettings>
{
    public void Configure(EntityTypeBuilder<StoresSettings> b)
    {
        b.ToTable("Settings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}

internal sealed class FeedbackCategoryConfiguration : IEntityTypeConfiguration<FeedbackCategory>
{
    public void Configure(EntityTypeBuilder<FeedbackCategory> b)
    {
        b.ToTable("FeedbackCategories");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(FeedbackCategory.CodeMaxLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(FeedbackCategory.NameMaxLength).IsRequired();
        b.Property(x => x.PlaybookTitle).HasMaxLength(FeedbackCategory.NameMaxLength);
        b.Property(x => x.PlaybookText).HasMaxLength(FeedbackCategory.PlaybookMaxLength);
        b.Property(x => x.PlaybookLink).HasMaxLength(FeedbackCategory.LinkMaxLength);
        b.OwnsMany(x => x.Options, o =>
        {
            o.ToJson();
            o.Property(p => p.Code).HasMaxLength(FeedbackCategory.CodeMaxLength);
            o.Property(p => p.Name).HasMaxLength(FeedbackCategory.NameMaxLength);
        });
        b.Navigation(x => x.Options).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> b)
    {
        b.ToTable("Promotions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Code).HasMaxLength(Promotion.CodeMaxLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(Promotion.NameMaxLength).IsRequired();
        b.Property(x => x.Type).HasMaxLength(30).IsRequired();
        b.Property(x => x.Region).HasMaxLength(Store.RegionMaxLength);
        b.Property(x => x.Instructions).HasMaxLength(Promotion.InstructionsMaxLength);
        b.HasIndex(x => new { x.StartsOn, x.EndsOn });
    }
}

internal sealed class NewProductConfiguration : IEntityTypeConfiguration<NewProduct>
{
    public void Configure(EntityTypeBuilder<NewProduct> b)
    {
        b.ToTable("Products");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Sku).HasMaxLength(NewProduct.SkuMaxLength).IsRequired();
        b.HasIndex(x => x.Sku).IsUnique();
        b.Property(x => x.Name).HasMaxLength(NewProduct.NameMaxLength).IsRequired();
    }
}
