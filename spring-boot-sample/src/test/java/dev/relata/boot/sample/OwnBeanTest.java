package dev.relata.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relata.boot.sample.blog.PostDao;
import dev.relata.boot.sample.blog.UserDao;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An application's own bean of a DAO's type replaces the starter's; the other DAOs stay. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OwnBeanTest {

  @TestConfiguration
  static class OwnUserDao {
    @Bean
    UserDao ownUserDao(DSLContext dsl) {
      return new UserDao(dsl);
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.properties().forEach((name, value) -> registry.add(name, () -> value));
  }

  @Autowired ApplicationContext context;

  @Test
  void theApplicationsUserDaoIsTheOnlyOne() {
    assertThat(context.getBeanNamesForType(UserDao.class)).containsExactly("ownUserDao");
    assertThat(context.getBeanNamesForType(PostDao.class)).containsExactly(PostDao.class.getName());
  }
}
